using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.ProgramCourses.DetachCourse;

internal sealed class DetachCourseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/admin/programs/{id:guid}/courses/{courseId:guid}", async ([Description("The program.")] Guid id,
                [Description("The course.")] Guid courseId,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var program = await mediator.Send(new DetachCourse(id, courseId, ifMatch), cancellationToken);
                return Revisions.Tagged(http, program, program.Revision);
            })
            .WithName("DetachCourse")
            .WithTags("CatalogAdmin")
            .WithSummary("Remove a course from a draft program")
            .WithDescription("Operators only; needs the program's If-Match. Refused for a published or closed program " +
                "(409 enrollment.course_link_published): teachers' progress depends on it. The course itself stays.")
            .RequireAuthorization()
            .Produces<AdminProgramResponse>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
