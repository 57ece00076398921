namespace Xueshi.Accounts.Domain;

/// <summary>
/// One published version of 用户协议 or 隐私政策. Versions are append-only: a published text is never
/// edited, because consents name the version the person read.
/// </summary>
internal sealed class LegalDocument
{
    public const int TitleMaxLength = 50;
    public const int BodyMaxLength = 50_000;

    private LegalDocument()
    {
    }

    public Guid Id { get; private set; }

    public LegalDocumentKind Kind { get; private set; }

    public int Version { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>The operator who published it; null for the versions shipped with the platform.</summary>
    public Guid? PublishedBy { get; private set; }

    public static LegalDocument Publish(LegalDocumentKind kind, int version, string title, string body, Guid? publishedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = kind,
        Version = version,
        Title = title.Trim(),
        Body = body.Trim(),
        PublishedAt = now,
        PublishedBy = publishedBy,
    };

    /// <summary>The versions shipped in the migration, with fixed ids so the seed is stable.</summary>
    public static LegalDocument Seed(Guid id, LegalDocumentKind kind, string title, string body, DateTimeOffset publishedAt) => new()
    {
        Id = id,
        Kind = kind,
        Version = 1,
        Title = title,
        Body = body,
        PublishedAt = publishedAt,
    };
}
