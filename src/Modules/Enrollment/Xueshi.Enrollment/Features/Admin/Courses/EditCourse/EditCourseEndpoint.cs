using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Courses.EditCourse;

internal sealed class EditCourseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/admin/courses/{id:guid}", async ([Description("The course.")] Guid id,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                EditCourse request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var course = await mediator.Send(request with { CourseId = id, IfMatch = ifMatch }, cancellationToken);
                return Revisions.Tagged(http, course, course.Revision);
            })
            .WithName("EditCourse")
            .WithTags("CatalogAdmin")
            .WithSummary("Edit a course's title, description and lecturers")
            .WithDescription("Operators only; needs the course's If-Match. Recorded in the audit trail of every published program that includes it.")
            .RequireAuthorization()
            .Produces<AdminCourseResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
