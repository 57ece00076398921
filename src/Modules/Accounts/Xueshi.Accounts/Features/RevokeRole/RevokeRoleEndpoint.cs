using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.RevokeRole;

internal sealed class RevokeRoleEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/role-grants/{id:guid}", async ([Description("The role grant to revoke.")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new RevokeRole(id), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("RevokeRole")
            .WithTags("Roles")
            .WithSummary("Revoke a role grant (撤销角色)")
            .WithDescription("Operators only. Takes effect at once on the server; the holder's token drops the role claim at their " +
                "next sign-in or refresh. The last operator grant cannot be revoked (409 accounts.last_operator).")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict);
}
