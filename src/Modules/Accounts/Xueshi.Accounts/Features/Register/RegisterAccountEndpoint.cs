using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.Register;

internal sealed class RegisterAccountEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/accounts", async (RegisterAccount request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Created("/api/v1/me", await mediator.Send(request, cancellationToken)))
            .WithName("Register")
            .WithTags("Accounts")
            .WithSummary("Register an account (注册)")
            .WithDescription("Creates the account of a phone number with the SMS code sent for purpose register. " +
                "Sign in afterwards with POST /api/v1/auth/tokens.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
}
