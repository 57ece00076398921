using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Reviews.SaveMyReview;

internal sealed class SaveMyReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/courses/{courseId:guid}/reviews/mine", async ([Description("The course (课程).")] Guid courseId, SaveMyReview request,
                IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { CourseId = courseId }, cancellationToken)))
            .WithName("SaveMyCourseReview")
            .WithTags("Reviews")
            .WithSummary("Write or edit my review of a course (课程评价): 1–5 stars and a comment")
            .WithDescription("One review per teacher and course, editable. Only a teacher enrolled in a program that includes the " +
                "course may review it (else 403 enrollment.not_enrolled).")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound);
}
