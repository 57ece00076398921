using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Catalog.GetCoursePage;

internal sealed class GetCoursePageEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programs/{id:guid}/courses/{courseId:guid}", async ([Description("The program (专题).")] Guid id,
                [Description("The course (课程).")] Guid courseId, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                // Two fields are the reader's own: the ETag (a hash of this answer) covers them, and caches key on the token.
                http.Response.Headers.Vary = "Authorization";
                return TypedResults.Ok(await mediator.Send(new GetCoursePage(id, courseId), cancellationToken));
            })
            .WithName("GetCoursePage")
            .WithTags("Catalog")
            .WithSummary("A course's page in a program: outline, lecturers, 已学, rating, likes, opening date")
            .WithDescription("Chapters and their resources with kinds and durations (archived resources left out; 拓展资源 marked; " +
                "a quiz only as its presence, never its questions or answers), lecturers, the number of teachers studying the course " +
                "(1539已学), its rating (4.9分(125个)), likes, whether the reader liked it, the course's opening date in this program " +
                "(before it the player refuses with enrollment.course_not_open) and where 开始学习 resumes. A draft program, or a course " +
                "the program does not include, answers 404. Signed in; revalidate with If-None-Match.")
            .WithETag()
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
