using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.RebindPhone;

internal sealed class RebindPhoneEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/phone-rebinding", async (RebindPhone request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request, cancellationToken)))
            .WithName("RebindPhone")
            .WithTags("Rebinding")
            .WithSummary("Change the account's phone number (换绑手机号) with codes sent to the old and the new phone")
            .WithDescription("First POST /api/v1/auth/sms-codes with the current phone and purpose rebindOldPhone, and with the new " +
                "phone and purpose rebindNewPhone (refused with 409 when the new number is registered). On success the old number " +
                "no longer signs in and every refresh token of the account is revoked: sign in again with the new number. " +
                "A wrong, expired or used code answers 422 accounts.sms_code_invalid with `field` naming which code " +
                "(oldPhoneCode or newPhoneCode).")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status409Conflict,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests);
}
