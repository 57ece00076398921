using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.Accounts.Tokens;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.RefreshTokens;

internal sealed class RefreshAccessTokenEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/tokens/refresh", async (RefreshAccessToken request, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                // A browser sends no token in the body: the cookie carries it, and the rotated one goes back there.
                var fromCookie = string.IsNullOrEmpty(request.RefreshToken);
                var presented = fromCookie ? request with { RefreshToken = RefreshTokenCookie.Read(http) } : request;
                var tokens = await mediator.Send(presented, cancellationToken);
                return TypedResults.Ok(fromCookie || request.RefreshTokenInCookie == true ? RefreshTokenCookie.Deliver(http, tokens) : tokens);
            })
            .WithName("RefreshToken")
            .WithTags("Auth")
            .WithSummary("Renew the access token with a refresh token")
            .WithDescription("Refresh tokens rotate: the answer carries a new refresh token and the one sent is spent. " +
                "Sending a spent refresh token again revokes every token descended from the same sign-in. " +
                "Mobile apps and integrators send `refreshToken` in the body and get the new one in the body. A browser leaves " +
                "`refreshToken` out: the `xueshi_refresh` cookie is used and the new token is set in it again (`refreshToken` null " +
                "in the answer). Neither a body token nor the cookie: 401 auth.refresh_token_invalid.")
            .ReadsCookie(RefreshTokenCookie.Name, "The browser's refresh token, used when the body has no refreshToken.")
            .SetsCookie(RefreshTokenCookie.Name, RefreshTokenCookie.Description)
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests);
}
