using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Reviews.ListReviews;

internal sealed class ListReviewsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/{courseId:guid}/reviews", async ([Description("The course (课程).")] Guid courseId, int? page, int? pageSize,
                IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListReviews(courseId, page, pageSize), cancellationToken)))
            .WithName("ListCourseReviews")
            .WithTags("Reviews")
            .WithSummary("A course's reviews (课程评价), newest first, with its rating")
            .WithDescription("Reviewers' names are masked to their first character (李*). Paged: pageSize at most 50. " +
                "A course no published program includes answers 404 enrollment.course_not_found. Signed in.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
