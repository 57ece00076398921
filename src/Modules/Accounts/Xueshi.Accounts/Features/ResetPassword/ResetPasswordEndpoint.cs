using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.ResetPassword;

internal sealed class ResetPasswordEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/password-resets", async (ResetPassword request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(request, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("ResetPassword")
            .WithTags("Auth")
            .WithSummary("Reset a forgotten password (忘记密码)")
            .WithDescription("With a code sent for purpose resetPassword. Every session of the account ends; sign in with the new password. " +
                "An unknown number answers like a wrong code (422), so the endpoint does not reveal who is registered.")
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests);
}
