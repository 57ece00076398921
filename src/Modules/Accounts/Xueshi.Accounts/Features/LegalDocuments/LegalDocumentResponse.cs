using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.LegalDocuments;

/// <summary>One version of 用户协议 or 隐私政策.</summary>
/// <param name="Kind">userAgreement (用户协议) or privacyPolicy (隐私政策).</param>
/// <param name="Version">1, 2, …; a consent names it.</param>
/// <param name="Title">The title shown above the text.</param>
/// <param name="Text">The full text: paragraphs separated by line breaks.</param>
/// <param name="PublishedAt">When the version was published.</param>
internal sealed record LegalDocumentResponse(LegalDocumentKind Kind, int Version, string Title, string Text, DateTimeOffset PublishedAt)
{
    public static LegalDocumentResponse Of(LegalDocument d) => new(d.Kind, d.Version, d.Title, d.Body, d.PublishedAt);
}

/// <summary>The kind in a URL, spelt as in JSON (userAgreement, privacyPolicy); unknown spellings are 404.</summary>
internal static class LegalDocumentKinds
{
    public static LegalDocumentKind Parse(string? kind) =>
        QueryEnum.TryParse<LegalDocumentKind>(kind, out var parsed) && parsed is { } found
            ? found
            : throw Legal.LegalErrors.DocumentNotFound.ToException();
}
