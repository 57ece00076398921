using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.LegalDocuments.ListLegalDocuments;

internal sealed class ListLegalDocumentsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/legal-documents", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListLegalDocuments(), cancellationToken)))
            .WithName("ListLegalDocuments")
            .WithETag()
            .WithTags("Legal")
            .WithSummary("The current 用户协议 and 隐私政策, with their versions")
            .WithDescription("Anonymous: registration and sign-in show them, and a consent names the versions read here " +
                "(registration, POST /api/v1/me/consents, POST /api/v1/me/basics).")
            .AllowAnonymous();
}
