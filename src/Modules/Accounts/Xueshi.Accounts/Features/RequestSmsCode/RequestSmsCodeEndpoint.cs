using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.RequestSmsCode;

internal sealed class RequestSmsCodeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/sms-codes", async (RequestSmsCode request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Accepted((string?)null, await mediator.Send(request, cancellationToken)))
            .WithName("RequestSmsCode")
            .WithTags("Auth")
            .WithSummary("Send an SMS code (发送短信验证码)")
            .WithDescription("Sends a 6-digit code to the phone for registering or signing in. One code per phone every 60 seconds, " +
                "at most 10 a day, and a daily cap per client address; the code lives 5 minutes. For a sign-in code the answer is the same whether or not the number is registered.")
            .RequireRateLimiting(RateLimitPolicies.SmsCodes)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable);
}
