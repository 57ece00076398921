using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.DecidePhoneRebindRequest;

internal sealed class DecidePhoneRebindRequestEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/phone-rebinding-requests/{id:guid}/decision",
                async ([Description("The rebinding request to decide on.")] Guid id, DecidePhoneRebindRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await mediator.Send(request with { RequestId = id }, cancellationToken)))
            .WithName("DecidePhoneRebindRequest")
            .WithTags("Rebinding")
            .WithSummary("Approve or reject a rebinding request (审核换绑申请)")
            .WithDescription("Support agents only. Approving moves the account of the old number to the new number at once: the old " +
                "number no longer signs in and every refresh token of the account is revoked. 422 accounts.rebind_no_account when " +
                "the old number has no account, 409 accounts.phone_taken when the new number was registered meanwhile, " +
                "409 accounts.rebind_already_decided for a request decided before. Rejecting needs a reason.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
}
