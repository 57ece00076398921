using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.Consents.GiveConsent;

internal sealed class GiveConsentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/consents", async (GiveConsent request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(request, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("GiveConsent")
            .WithTags("Me")
            .WithSummary("Agree to the current 用户协议 and 隐私政策 (我已阅读并同意)")
            .WithDescription("Records the signed-in account's consent to the versions named, which must be the current ones " +
                "(409 accounts.legal_versions_outdated otherwise, with the current versions). Reachable without consent. The " +
                "access token still carries the old consent: refresh it (POST /api/v1/auth/tokens/refresh) to reach the other " +
                "endpoints. An account from an SMS sign-up consents with POST /api/v1/me/basics instead (409 accounts.basics_required).")
            .RequireAuthorization()
            .AllowWithoutConsent()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
