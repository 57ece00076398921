using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Features.Views;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.Claims;

/// <summary>
/// 领取证书: the draft a teacher previews and the certificate confirming creates. One valid certificate per teacher and
/// scheme, held by a unique index: of two confirmations at once (two devices), the second finds the first's certificate.
/// </summary>
internal sealed class CertificateClaims(
    CertificatesDbContext db,
    CertificateSchemes schemes,
    CertificateStandings standings,
    CertificateIssuance issuance,
    IOptions<CertificateOptions> options,
    TimeProvider clock)
{
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

        return (scheme, await schemes.ValidAsync(teacherId, scheme.SchemeId, cancellationToken));
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

        for (var attempt = 1; ; attempt++)
        {
            var certificate = issuance.Issue(teacherId, (scheme.SchemeId, scheme.Kind, scheme.Title), draft.Holder, draft.Data, draft.Programs,
                clock.GetUtcNow(), supersedes: null);
            db.Certificates.Add(certificate);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (certificate, true);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
            {
                db.ChangeTracker.Clear();
                if (unique.ConstraintName == IssuedCertificateConfiguration.OneValidPerScheme
                    && await schemes.ValidAsync(teacherId, scheme.SchemeId, cancellationToken) is { } winner)
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
}
