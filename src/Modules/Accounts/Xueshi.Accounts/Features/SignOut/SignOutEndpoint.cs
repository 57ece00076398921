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
            .ProducesProblems(StatusCodes.Status400BadRequest);
}
