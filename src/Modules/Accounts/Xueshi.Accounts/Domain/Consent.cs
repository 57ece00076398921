namespace Xueshi.Accounts.Domain;

/// <summary>
/// 我已阅读并同意: one account agreed to one version of one document, at a time. Append-only history,
/// never updated: the latest row per document is what the account has agreed to now.
/// </summary>
internal sealed class Consent
{
    private Consent()
    {
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public LegalDocumentKind Kind { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset ConsentedAt { get; private set; }

    public static Consent Record(Guid accountId, LegalDocumentKind kind, int version, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        Kind = kind,
        Version = version,
        ConsentedAt = now,
    };
}
