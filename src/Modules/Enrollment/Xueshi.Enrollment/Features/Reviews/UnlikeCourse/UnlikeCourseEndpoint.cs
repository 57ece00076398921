using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Reviews.UnlikeCourse;

internal sealed class UnlikeCourseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/courses/{courseId:guid}/like", async ([Description("The course (课程).")] Guid courseId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new UnlikeCourse(courseId), cancellationToken)))
            .WithName("UnlikeCourse")
            .WithTags("Reviews")
            .WithSummary("Take back my like of a course (取消点赞)")
            .WithDescription("Idempotent. Only a teacher enrolled in a program that includes the course (else 403 enrollment.not_enrolled).")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
