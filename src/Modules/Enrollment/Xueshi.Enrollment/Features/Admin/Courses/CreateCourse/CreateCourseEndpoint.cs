using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Courses.CreateCourse;

internal sealed class CreateCourseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/courses", async (CreateCourse request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var course = await mediator.Send(request, cancellationToken);
                return Revisions.Tagged(http, course, course.Revision, $"/api/v1/admin/courses/{course.Id}");
            })
            .WithName("CreateCourse")
            .WithTags("CatalogAdmin")
            .WithSummary("Create a course (新建课程)")
            .WithDescription("Operators only. The answer carries the course's ETag for the next change.")
            .RequireAuthorization()
            .Produces<AdminCourseResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
