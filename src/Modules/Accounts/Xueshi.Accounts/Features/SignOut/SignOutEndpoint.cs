using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.Accounts.Tokens;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.SignOut;

internal sealed class SignOutEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/sign-out", async (SignOut request, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var session = string.IsNullOrEmpty(request.RefreshToken) ? request with { RefreshToken = RefreshTokenCookie.Read(http) } : request;
                await mediator.Send(session, cancellationToken);
                // Whatever was signed out, the browser keeps no refresh token.
                RefreshTokenCookie.Expire(http);
                return TypedResults.NoContent();
            })
            .WithName("SignOut")
            .WithTags("Auth")
            .WithSummary("Sign out (退出登录): revoke the session's refresh tokens")
            .WithDescription("Revokes the session of `refreshToken` from the body or, when it is left out, of the `xueshi_refresh` " +
                "cookie. The answer always expires the cookie.")
            .ReadsCookie(RefreshTokenCookie.Name, "The browser's refresh token, used when the body has no refreshToken.")
            .SetsCookie(RefreshTokenCookie.Name, "Always expired (Max-Age=0), so the browser forgets the refresh token.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
}
