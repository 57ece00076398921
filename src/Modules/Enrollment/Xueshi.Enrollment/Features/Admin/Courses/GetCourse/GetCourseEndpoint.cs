using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Courses.GetCourse;

internal sealed class GetCourseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/courses/{id:guid}", async ([Description("The course.")] Guid id, IMediator mediator, HttpContext http,
                CancellationToken cancellationToken) =>
            {
                var course = await mediator.Send(new GetCourse(id), cancellationToken);
                return Revisions.Tagged(http, course, course.Revision);
            })
            .WithName("GetAdminCourse")
            .WithTags("CatalogAdmin")
            .WithSummary("Read a course for editing: chapters, resources and quizzes with their answers")
            .WithDescription("Operators only: the correct answers are in it. The ETag header is the course's revision, which every change " +
                "inside the course (chapters, resources, quizzes) needs in If-Match.")
            .RequireAuthorization()
            .Produces<AdminCourseResponse>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
