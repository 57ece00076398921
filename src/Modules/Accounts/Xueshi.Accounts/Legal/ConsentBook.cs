using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Legal;

/// <summary>Reads and records consents; the database, not the cache, decides what is current when consent is given.</summary>
internal static class ConsentBook
{
    public static async Task<LegalVersions> CurrentAsync(AccountsDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.LegalDocuments.AsNoTracking()
            .GroupBy(d => d.Kind)
            .Select(g => new { Kind = g.Key, Version = g.Max(d => d.Version) })
            .ToListAsync(cancellationToken);
        return new LegalVersions(
            latest.SingleOrDefault(l => l.Kind == LegalDocumentKind.UserAgreement)?.Version ?? 0,
            latest.SingleOrDefault(l => l.Kind == LegalDocumentKind.PrivacyPolicy)?.Version ?? 0);
    }

    /// <summary>
    /// The current versions when they are the ones the person saw; otherwise 409
    /// accounts.legal_versions_outdated (with the current versions), so the client reloads the texts.
    /// </summary>
    public static async Task<LegalVersions> RequireCurrentAsync(AccountsDbContext db, int? userAgreement, int? privacyPolicy, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(db, cancellationToken);
        if (!current.AreCurrent(userAgreement, privacyPolicy))
        {
            throw LegalErrors.VersionsOutdated.ToException(new Dictionary<string, object?>
            {
                ["userAgreementVersion"] = current.UserAgreement,
                ["privacyPolicyVersion"] = current.PrivacyPolicy,
            });
        }

        return current;
    }

    /// <summary>Adds one consent row per document (the caller saves).</summary>
    /// <param name="audit">Where the consent is also recorded as a security event; none for demo data.</param>
    public static void Record(AccountsDbContext db, Guid accountId, LegalVersions agreed, DateTimeOffset now, AuditTrail? audit)
    {
        audit?.Add(AuditEventType.ConsentGiven, accountId, nameof(Account), accountId,
            detail: $"userAgreement v{agreed.UserAgreement}, privacyPolicy v{agreed.PrivacyPolicy}", actor: accountId);
        db.Consents.Add(Consent.Record(accountId, LegalDocumentKind.UserAgreement, agreed.UserAgreement, now));
        db.Consents.Add(Consent.Record(accountId, LegalDocumentKind.PrivacyPolicy, agreed.PrivacyPolicy, now));
    }

    /// <summary>The newest version of each document the account has agreed to (null: never).</summary>
    public static async Task<(int? UserAgreement, int? PrivacyPolicy)> ConsentedAsync(AccountsDbContext db, Guid accountId, CancellationToken cancellationToken)
    {
        var latest = await db.Consents.AsNoTracking()
            .Where(c => c.AccountId == accountId)
            .GroupBy(c => c.Kind)
            .Select(g => new { Kind = g.Key, Version = g.Max(c => c.Version) })
            .ToListAsync(cancellationToken);
        return (latest.SingleOrDefault(l => l.Kind == LegalDocumentKind.UserAgreement)?.Version,
            latest.SingleOrDefault(l => l.Kind == LegalDocumentKind.PrivacyPolicy)?.Version);
    }
}
