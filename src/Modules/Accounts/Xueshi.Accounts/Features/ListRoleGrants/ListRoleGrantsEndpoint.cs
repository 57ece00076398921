using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.ListRoleGrants;

internal sealed class ListRoleGrantsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/role-grants", async (string? phone, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListRoleGrants(phone), cancellationToken)))
            .WithName("ListRoleGrants")
            .WithTags("Roles")
            .WithSummary("List role grants (角色授权), of one phone number or all")
            .WithDescription("Operators only.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
