using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Reviews.LikeCourse;

internal sealed class LikeCourseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/courses/{courseId:guid}/like", async ([Description("The course (课程).")] Guid courseId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new LikeCourse(courseId), cancellationToken)))
            .WithName("LikeCourse")
            .WithTags("Reviews")
            .WithSummary("Like a course (点赞)")
            .WithDescription("Idempotent. Only a teacher enrolled in a program that includes the course (else 403 enrollment.not_enrolled).")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
