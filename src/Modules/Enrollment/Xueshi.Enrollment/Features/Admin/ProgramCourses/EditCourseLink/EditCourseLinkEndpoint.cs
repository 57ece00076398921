using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.ProgramCourses.EditCourseLink;

internal sealed class EditCourseLinkEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/admin/programs/{id:guid}/courses/{courseId:guid}", async ([Description("The program.")] Guid id,
                [Description("The course.")] Guid courseId,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                EditCourseLink request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var program = await mediator.Send(request with { ProgramId = id, CourseId = courseId, IfMatch = ifMatch }, cancellationToken);
                return Revisions.Tagged(http, program, program.Revision);
            })
            .WithName("EditCourseLink")
            .WithTags("CatalogAdmin")
            .WithSummary("Change a course's order, opening date or origin in a program")
            .WithDescription("Operators only; needs the program's If-Match. In a published program the opening must lie in the window " +
                "(422 enrollment.program_incoherent on opensOn).")
            .RequireAuthorization()
            .Produces<AdminProgramResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity,
                StatusCodes.Status428PreconditionRequired);
}
