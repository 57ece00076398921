using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.ListPhoneRebindRequests;

internal sealed class ListPhoneRebindRequestsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/phone-rebinding-requests", async (string? status, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListPhoneRebindRequests(status), cancellationToken)))
            .WithName("ListPhoneRebindRequests")
            .WithTags("Rebinding")
            .WithSummary("The support queue of rebinding requests (换绑申请)")
            .WithDescription("Support agents only. status: pending, approved or rejected (all without it). Oldest first, at most 200. accountFound and profileMatches tell the agent whether " +
                "the old number has an account and whether its profile has the name and ID number given; the photo is at " +
                "GET /api/v1/phone-rebinding-requests/{id}/photo.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
