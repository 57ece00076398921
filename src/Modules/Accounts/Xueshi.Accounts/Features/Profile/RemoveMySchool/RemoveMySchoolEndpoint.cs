using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.Profile.RemoveMySchool;

internal sealed class RemoveMySchoolEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/me/profile/school", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new RemoveMySchool(), cancellationToken)))
            .WithName("RemoveMySchool")
            .WithTags("Profile")
            .WithSummary("Remove my school (删除任教信息)")
            .WithDescription("The teacher leaves the school: the verification ends, and name, ID document and school may be " +
                "edited again. Leaving an approved verification publishes TeacherVerificationRevoked (cause removedByTeacher); " +
                "leaving while pending or rejected publishes nothing. Answers the profile. 409 accounts.no_school when there is none.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
