using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.Profile.GetMyProfile;

internal sealed class GetMyProfileEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/profile", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetMyProfile(), cancellationToken)))
            .WithName("GetMyProfile")
            .WithTags("Profile")
            .WithSummary("My teacher profile (个人信息 / 任教信息)")
            .WithDescription("The signed-in teacher's own profile with the full ID number, the school and its region path, " +
                "the verification (审核认证) state, the fields it locks and which required fields are missing. " +
                "409 accounts.not_a_teacher for accounts whose identity is not teacher.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
