using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.SwitchIdentity;

internal sealed class SwitchIdentityEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/identity-switch", async (SwitchIdentity request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request, cancellationToken)))
            .WithName("SwitchIdentity")
            .WithTags("Me")
            .WithSummary("Switch a student or parent account to teacher (身份切换)")
            .WithDescription("Only student or parent → teacher. From student the student's data is cleared, so the request must say " +
                "confirmClearStudentData: true (422 accounts.confirmation_required otherwise).")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
}
