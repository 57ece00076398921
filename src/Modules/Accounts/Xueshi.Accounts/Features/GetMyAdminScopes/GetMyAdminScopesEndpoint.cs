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
            .WithDescription("Empty lists for an account without admin roles; any signed-in account may ask. Roles are checked per " +
                "resource by each admin operation, not by this list.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized);
}
