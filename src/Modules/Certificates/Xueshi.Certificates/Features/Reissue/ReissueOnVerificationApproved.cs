using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Messaging;
using Xueshi.Certificates.Contracts;
using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Features.Claims;
using Xueshi.Certificates.Persistence;
using Xueshi.Certificates.Signing;

namespace Xueshi.Certificates.Features.Reissue;

/// <summary>
/// 证书防伪: a teacher corrects verified data by leaving the school, editing, and being verified again (修改后将重新生成历史证书，
/// 原证书将作废). When the school verifies the teacher again, every valid certificate whose personal data differs from the data
/// now verified is voided and issued anew with the new data: the same programs, hours and 发证日期, a new serial, code and
/// signature. Nobody asks for it. Exactly once: the inbox row, the voiding, the new certificates and both events commit
/// together, so a second delivery finds the inbox row and a crash half-way leaves nothing to redo by hand.
/// </summary>
internal sealed class ReissueOnVerificationApproved(
    CertificatesDbContext db,
    TimeProvider clock,
    IMediator mediator,
    CertificateIssuance issuance)
    : IdempotentEventHandler<TeacherVerificationApproved, CertificatesDbContext>(db, clock)
{
    public const string Cause = "data_corrected";

    protected override async Task HandleOnceAsync(TeacherVerificationApproved notification, CancellationToken cancellationToken)
    {
        var valid = await Db.Certificates
            .Where(c => c.TeacherId == notification.AccountId && c.Status == CertificateStatus.Valid)
            .OrderBy(c => c.IssuedAt)
            .ToListAsync(cancellationToken);
        if (valid.Count == 0
            || await mediator.Send(new GetCertificateHolder(notification.AccountId), cancellationToken) is not
                { Verification: VerificationStatus.Approved, RealName: { } name, IdNumber: { } idNumber, SchoolName: { } schoolName } holder)
        {
            return;
        }

        var snapshot = new CertificateHolderSnapshot(name, holder.NameMasked ?? "", holder.IdNumberMasked ?? "", holder.IdNumberForSchool ?? "", holder.SchoolId, schoolName);
        var now = Clock.GetUtcNow();
        var replacements = new List<IssuedCertificate>();
        foreach (var old in valid.Where(c => c.HolderDiffersFrom(snapshot)))
        {
            var data = new SignedCertificateData("", old.Title, name, idNumber, schoolName,
                [.. old.Programs.Select(p => new SignedProgram(p.ProgramId, p.Title, p.Hours, [.. p.Courses.Select(c => new SignedCourse(c.Title, c.Hours))]))],
                old.TotalHours, old.IssuedOn, old.Issuer);
            var replacement = issuance.Issue(old.TeacherId, (old.SchemeId, old.SchemeKind, old.Title), snapshot, data, old.Programs, now, supersedes: old.Id);
            old.Void(replacement.Id, now);
            replacements.Add(replacement);
            Db.Publish(new CertificateVoided(Guid.CreateVersion7(now), now, old.Id, old.TeacherId, old.Serial, replacement.Id, Cause));
        }

        if (replacements.Count == 0)
        {
            return;
        }

        // The old rows leave the one-valid-per-scheme index before the new ones enter it.
        await Db.SaveChangesAsync(cancellationToken);
        Db.Certificates.AddRange(replacements);
    }
}
