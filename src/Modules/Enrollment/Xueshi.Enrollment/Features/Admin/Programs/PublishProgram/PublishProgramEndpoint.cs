using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Programs.PublishProgram;

internal sealed class PublishProgramEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/programs/{id:guid}/publish", async ([Description("The program.")] Guid id,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var program = await mediator.Send(new PublishProgram(id, ifMatch), cancellationToken);
                return Revisions.Tagged(http, program, program.Revision);
            })
            .WithName("PublishProgram")
            .WithTags("CatalogAdmin")
            .WithSummary("Publish a program (发布专题): teachers see it from now on")
            .WithDescription("Operators only; needs If-Match. Refused with 422 enrollment.program_incoherent, each problem on its field " +
                "(errors) and with its code (issues), when the window ends before it starts, a course opens outside the window, a video " +
                "has no video file, a quiz comes after its video's end, a question has no correct answer (single choice and true/false " +
                "exactly one; true/false exactly two options) or there is no course. 409 for a closed or already published program.")
            .RequireAuthorization()
            .Produces<AdminProgramResponse>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity,
                StatusCodes.Status428PreconditionRequired);
}
