using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.Register;

internal sealed class RegisterAccountEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/accounts", async (RegisterAccount request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Created("/api/v1/me", await mediator.Send(request, cancellationToken)))
            .WithName("Register")
            .WithTags("Accounts")
            .WithSummary("Register an account (注册)")
            .WithDescription("Creates the account of a phone number with the SMS code sent for purpose register, and records the person's " +
                "consent (我已阅读并同意) to the versions of 用户协议 and 隐私政策 named in the request, which must be the current ones " +
                "(409 accounts.legal_versions_outdated otherwise: reload them with GET /api/v1/legal-documents). " +
                "Sign in afterwards with POST /api/v1/auth/tokens.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
}
