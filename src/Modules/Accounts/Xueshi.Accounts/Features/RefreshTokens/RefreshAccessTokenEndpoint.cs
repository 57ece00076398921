using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.RefreshTokens;

internal sealed class RefreshAccessTokenEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/tokens/refresh", async (RefreshAccessToken request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request, cancellationToken)))
            .WithName("RefreshToken")
            .WithTags("Auth")
            .WithSummary("Renew the access token with a refresh token")
            .WithDescription("Refresh tokens rotate: the answer carries a new refresh token and the one sent is spent. " +
                "Sending a spent refresh token again revokes every token descended from the same sign-in.")
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests);
}
