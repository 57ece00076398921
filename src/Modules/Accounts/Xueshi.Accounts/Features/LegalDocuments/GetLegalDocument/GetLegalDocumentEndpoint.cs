using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.LegalDocuments.GetLegalDocument;

internal sealed class GetLegalDocumentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/legal-documents/{kind}", async ([AsParameters] GetLegalDocument request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request, cancellationToken)))
            .WithName("GetLegalDocument")
            .WithETag()
            .WithTags("Legal")
            .WithSummary("The current version of 用户协议 (userAgreement) or 隐私政策 (privacyPolicy)")
            .WithDescription("Anonymous. Any other kind answers 404 accounts.legal_document_not_found.")
            .AllowAnonymous()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
}
