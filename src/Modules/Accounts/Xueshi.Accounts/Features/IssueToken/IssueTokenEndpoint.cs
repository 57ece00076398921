using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.Accounts.Tokens;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.IssueToken;

internal sealed class IssueTokenEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/tokens", async (IssueToken request, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var tokens = await mediator.Send(request, cancellationToken);
                return TypedResults.Ok(request.RefreshTokenInCookie == true ? RefreshTokenCookie.Deliver(http, tokens) : tokens);
            })
            .WithName("IssueToken")
            .WithTags("Auth")
            .WithSummary("Sign in (登录): get an access token and a refresh token")
            .WithDescription("Phone + password, or phone + an SMS code sent for purpose signIn. An SMS code for a number with no " +
                "account creates the account (未注册手机验证后自动注册) with no password and basicsRequired true. consentRequired true: " +
                "agree to the current legal documents first (POST /api/v1/me/consents or, with basicsRequired, /me/basics). Send the access token as " +
                "`Authorization: Bearer <token>`; renew it with POST /api/v1/auth/tokens/refresh. Wrong credentials answer 401 " +
                "whether or not the phone is registered; 5 failures in 15 minutes lock sign-in for the number for 15 minutes (429). " +
                "Two ways to hold the refresh token: mobile apps and integrators get it in the body (the default); a browser sends " +
                "`refreshTokenInCookie: true` and gets it in the HttpOnly cookie `xueshi_refresh` (Path=/api/v1/auth), with `refreshToken` null.")
            .SetsCookie(RefreshTokenCookie.Name, RefreshTokenCookie.Description)
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests);
}
