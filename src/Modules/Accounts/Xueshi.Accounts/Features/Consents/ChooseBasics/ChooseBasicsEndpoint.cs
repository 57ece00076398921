using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.Consents.ChooseBasics;

internal sealed class ChooseBasicsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/basics", async (ChooseBasics request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(request, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("ChooseBasics")
            .WithTags("Me")
            .WithSummary("After an SMS sign-up: choose the identity and nickname, and agree to the legal documents")
            .WithDescription("Once, for an account created by an SMS sign-in (basicsRequired); 409 accounts.basics_already_chosen " +
                "afterwards. The versions must be the current ones (409 accounts.legal_versions_outdated). Reachable without " +
                "consent; refresh the access token afterwards to reach the other endpoints. The account has no password until " +
                "one is set with an SMS code (POST /api/v1/auth/password-resets).")
            .RequireAuthorization()
            .AllowWithoutConsent()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
