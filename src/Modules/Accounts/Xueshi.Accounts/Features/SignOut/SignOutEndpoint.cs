using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.SignOut;

internal sealed class SignOutEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/sign-out", async (SignOut request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(request, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("SignOut")
            .WithTags("Auth")
            .WithSummary("Sign out (退出登录): revoke the session's refresh tokens")
            .WithDescription("Revokes the refresh token given and every token rotated from it; access tokens already issued " +
                "expire on their own within minutes. Anonymous: the refresh token is the proof.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
}
