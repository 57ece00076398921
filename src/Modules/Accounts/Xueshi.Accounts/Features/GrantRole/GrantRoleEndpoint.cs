using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.GrantRole;

internal sealed class GrantRoleEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/role-grants", async (GrantRole request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var grant = await mediator.Send(request, cancellationToken);
                return TypedResults.Created($"/api/v1/role-grants?phone={grant.Phone}", grant);
            })
            .WithName("GrantRole")
            .WithTags("Roles")
            .WithSummary("Grant a role (授予角色): school admin, region admin, operator or support")
            .WithDescription("Operators only (403 auth.forbidden otherwise). The phone must be registered (404 accounts.not_found). " +
                "The holder's access token carries the role from their next sign-in or token refresh (the SPA shows it then); " +
                "the server checks grants on every request, so what the role allows works at once and a revocation ends it at once.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
