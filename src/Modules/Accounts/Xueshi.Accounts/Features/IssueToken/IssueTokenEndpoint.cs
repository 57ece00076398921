using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.IssueToken;

internal sealed class IssueTokenEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/tokens", async (IssueToken request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request, cancellationToken)))
            .WithName("IssueToken")
            .WithTags("Auth")
            .WithSummary("Sign in (登录): get an access token and a refresh token")
            .WithDescription("Phone + password, or phone + an SMS code sent for purpose signIn. Send the access token as " +
                "`Authorization: Bearer <token>`; renew it with POST /api/v1/auth/tokens/refresh. Wrong credentials answer 401 " +
                "whether or not the phone is registered; 5 failures in 15 minutes lock sign-in for the number for 15 minutes (429).")
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests);
}
