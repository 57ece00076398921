using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Xueshi.Certificates.Contracts;
using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Features.Views;
using Xueshi.Certificates.Persistence;
using Xueshi.Certificates.Signing;

namespace Xueshi.Certificates.Features.Claims;

/// <summary>
/// 领取证书: the draft a teacher previews and the certificate confirming creates. One valid certificate per teacher and
/// scheme, held by a unique index: of two confirmations at once (two devices), the second finds the first's certificate.
/// </summary>
internal sealed class CertificateClaims(
    CertificatesDbContext db,
    CertificateSchemes schemes,
    CertificateStandings standings,
    CertificateSigner signer,
    CertificateSigningKeys keys,
    IDataProtectionProvider dataProtection,
    IOptions<CertificateOptions> options,
    TimeProvider clock)
{
    /// <summary>The purpose of the Data Protection key that encrypts the signed data (it holds the full ID number).</summary>
    public const string SignedDataPurpose = "Xueshi.Certificates.SignedData";

    public async Task<(CertificateScheme Scheme, IssuedCertificate? Existing)> SchemeAsync(Guid teacherId, Guid programId, CancellationToken cancellationToken)
    {
        var (program, scheme) = await schemes.ForProgramAsync(programId, cancellationToken);
        if (program is null)
        {
            throw CertificatesErrors.ProgramNotFound.ToException();
        }

        if (scheme is null)
        {
            throw CertificatesErrors.NoCertificate.ToException();
        }

        return (scheme, await ValidAsync(teacherId, scheme.SchemeId, cancellationToken));
    }

    /// <summary>The draft to preview; refused with every unmet condition when the teacher may not claim.</summary>
    public async Task<CertificateDraft> DraftAsync(Guid teacherId, CertificateScheme scheme, CancellationToken cancellationToken)
    {
        var facts = await standings.DecideAsync(teacherId, scheme, cancellationToken) ?? throw CertificatesErrors.NotEligible.ToException();
        if (!facts.Eligibility.IsEligible)
        {
            throw CertificatesErrors.NotEligible.ToException(new Dictionary<string, object?>
            {
                ["unmetConditions"] = facts.Eligibility.Unmet.Select(c => new ConditionView(c.Code, c.Message)).ToList(),
            });
        }

        return CertificateDraft.From(scheme, facts, options.Value.Issuer);
    }

    /// <summary>Confirms: the certificate, created now (true) or the one that already was (false).</summary>
    public async Task<(IssuedCertificate Certificate, bool Created)> ConfirmAsync(Guid teacherId, Guid programId, string previewDigest, CancellationToken cancellationToken)
    {
        var (scheme, existing) = await SchemeAsync(teacherId, programId, cancellationToken);
        if (existing is not null)
        {
            return (existing, false);
        }

        var draft = await DraftAsync(teacherId, scheme, cancellationToken);
        if (!string.Equals(draft.Digest, previewDigest, StringComparison.Ordinal))
        {
            throw CertificatesErrors.PreviewChanged.ToException();
        }

        var protector = dataProtection.CreateProtector(SignedDataPurpose);
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var serial = SerialNumbers.NewSerial();
            var data = draft.Data with { Serial = serial };
            var signed = signer.Sign(CanonicalCertificate.Write(data));
            var certificate = IssuedCertificate.Create(
                Guid.CreateVersion7(now), teacherId, (scheme.SchemeId, scheme.Kind, scheme.Title), serial, SerialNumbers.NewVerificationCode(), draft.Holder, draft.Programs,
                data.TotalHours, data.IssuedOn, now, data.Issuer, keys.ActiveKeyId, protector.Protect(signed), supersedesId: null);
            db.Certificates.Add(certificate);
            db.Publish(new CertificateIssued(Guid.CreateVersion7(now), now, certificate.Id, teacherId, scheme.SchemeId,
                [.. draft.Programs.Select(p => p.ProgramId)], serial, certificate.TotalHours, certificate.IssuedOn, Supersedes: null));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (certificate, true);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
            {
                db.ChangeTracker.Clear();
                if (unique.ConstraintName == IssuedCertificateConfiguration.OneValidPerScheme
                    && await ValidAsync(teacherId, scheme.SchemeId, cancellationToken) is { } winner)
                {
                    return (winner, false);
                }

                // A serial drawn twice (about one in 2^77): draw again.
                if (attempt == 3)
                {
                    throw;
                }
            }
        }
    }

    private Task<IssuedCertificate?> ValidAsync(Guid teacherId, Guid schemeId, CancellationToken cancellationToken) =>
        db.Certificates.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TeacherId == teacherId && c.SchemeId == schemeId && c.Status == CertificateStatus.Valid, cancellationToken);
}
