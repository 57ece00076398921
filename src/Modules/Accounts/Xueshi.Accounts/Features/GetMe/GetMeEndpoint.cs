using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.GetMe;

internal sealed class GetMeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetMe(), cancellationToken)))
            .WithName("GetMe")
            .WithTags("Me")
            .WithSummary("The signed-in account (我的)")
            .WithDescription("The account of the access token: phone, nickname, identity (身份) and roles, and what it must do first: " +
                "consentRequired (agree to the current legal documents) and basicsRequired (choose identity and nickname). " +
                "Reachable without consent.")
            .RequireAuthorization()
            .AllowWithoutConsent()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
