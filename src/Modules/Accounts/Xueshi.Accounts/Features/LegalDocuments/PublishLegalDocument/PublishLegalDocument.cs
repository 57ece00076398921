using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;

namespace Xueshi.Accounts.Features.LegalDocuments.PublishLegalDocument;

/// <param name="Title">The title, 1 to 50 characters.</param>
/// <param name="Text">The full text, 1 to 50000 characters; paragraphs separated by line breaks.</param>
internal sealed record PublishLegalDocument([property: Required] string Title, [property: Required] string Text) : IRequest<LegalDocumentResponse>
{
    /// <summary>The kind, from the route.</summary>
    [JsonIgnore]
    public string Kind { get; init; } = "";
}
