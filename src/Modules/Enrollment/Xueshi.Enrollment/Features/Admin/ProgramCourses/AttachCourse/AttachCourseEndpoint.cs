using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.ProgramCourses.AttachCourse;

internal sealed class AttachCourseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/programs/{id:guid}/courses", async ([Description("The program.")] Guid id,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                AttachCourse request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var program = await mediator.Send(request with { ProgramId = id, IfMatch = ifMatch }, cancellationToken);
                return Revisions.Tagged(http, program, program.Revision);
            })
            .WithName("AttachCourse")
            .WithTags("CatalogAdmin")
            .WithSummary("Include an existing course in a program, with its opening date and order")
            .WithDescription("Operators only; needs the program's If-Match (the program's revision changes). In a published program the " +
                "opening must lie in the window and the course's content must be coherent (422 enrollment.program_incoherent). " +
                "409 enrollment.course_already_attached when it is already there.")
            .RequireAuthorization()
            .Produces<AdminProgramResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired);
}
