using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.GetMyAdminScopes;

internal sealed class GetMyAdminScopesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/admin-scopes", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetMyAdminScopes(), cancellationToken)))
            .WithName("GetMyAdminScopes")
            .WithTags("Me")
            .WithSummary("The schools and regions I administer (管理范围)")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized);
}
