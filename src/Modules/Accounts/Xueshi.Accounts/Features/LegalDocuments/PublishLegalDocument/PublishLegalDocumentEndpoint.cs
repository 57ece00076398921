using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.LegalDocuments.PublishLegalDocument;

internal sealed class PublishLegalDocumentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/legal-documents/{kind:maxlength(13)}/versions", async (
                [Description("userAgreement (用户协议) or privacyPolicy (隐私政策).")] string kind,
                PublishLegalDocument request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var published = await mediator.Send(request with { Kind = kind }, cancellationToken);
                return TypedResults.Created($"/api/v1/legal-documents/{kind}", published);
            })
            .WithName("PublishLegalDocument")
            .WithTags("Legal")
            .WithSummary("Publish a new version of 用户协议 or 隐私政策 (operators)")
            .WithDescription("Operators only (others 403 forbidden). Versions are append-only: the new one gets the next number " +
                "and is current at once, and every account is asked to consent again (its next sign-in says consentRequired; " +
                "until it consents, 403 accounts.consent_required). An unknown kind answers 404 accounts.legal_document_not_found.")
            .RequireAuthorization()
            // 50000 characters of Chinese can be 300 KB of escaped JSON, above the house's limit for JSON bodies.
            .WithRequestBodyLimit(1024 * 1024)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
