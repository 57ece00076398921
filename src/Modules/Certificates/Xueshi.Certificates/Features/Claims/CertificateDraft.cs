using System.Buffers.Text;
using System.Security.Cryptography;
using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Persistence;
using Xueshi.Certificates.Signing;

namespace Xueshi.Certificates.Features.Claims;

/// <summary>
/// The certificate a claim would create now, before it has a serial: what the preview shows (masked) and what confirming
/// stores. Its digest is what the teacher saw: confirming a draft whose digest differs (the hours moved, the school
/// corrected the name since the preview) is refused, so a certificate always holds the data its holder checked.
/// </summary>
internal sealed record CertificateDraft(
    CertificateScheme Scheme,
    CertificateHolderSnapshot Holder,
    SignedCertificateData Data,
    IReadOnlyList<CertificateProgramRecord> Programs,
    string Digest)
{
    public static CertificateDraft From(CertificateScheme scheme, CertificateFacts facts, string issuer)
    {
        var holder = facts.Holder;
        var snapshot = new CertificateHolderSnapshot(
            holder.RealName!, holder.NameMasked ?? "", holder.IdNumberMasked ?? "", holder.IdNumberForSchool ?? "", holder.SchoolId, holder.SchoolName!);
        // Courses that credited nothing are left off: the certificate records hours earned, not a catalog.
        var programs = facts.Eligibility.Covered.Select(s => new CertificateProgramRecord(
                s.Program.ProgramId,
                s.Program.Title,
                s.Completion!.CreditedHours,
                [.. s.Completion.Courses.Where(c => c.CreditedHours > 0).Select(c => new CertificateCourseRecord(c.CourseId, c.Title, c.CreditedHours))]))
            .ToList();
        var data = new SignedCertificateData(
            "",
            scheme.Title,
            holder.RealName!,
            holder.IdNumber!,
            holder.SchoolName!,
            [.. programs.Select(p => new SignedProgram(p.ProgramId, p.Title, p.Hours, [.. p.Courses.Select(c => new SignedCourse(c.Title, c.Hours))]))],
            facts.Eligibility.TotalHours,
            facts.Today,
            issuer);
        var digest = Base64Url.EncodeToString(SHA256.HashData(CanonicalCertificate.Write(data)));
        return new CertificateDraft(scheme, snapshot, data, programs, digest);
    }
}
