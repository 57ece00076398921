using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Programs.EditProgram;

internal sealed class EditProgramEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/admin/programs/{id:guid}", async ([Description("The program.")] Guid id,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                EditProgram request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var program = await mediator.Send(request with { ProgramId = id, IfMatch = ifMatch }, cancellationToken);
                return Revisions.Tagged(http, program, program.Revision);
            })
            .WithName("EditProgram")
            .WithTags("CatalogAdmin")
            .WithSummary("Edit a program (编辑专题)")
            .WithDescription("Operators only. Replaces every field; needs If-Match. A published program stays published and must stay " +
                "coherent (422 enrollment.program_incoherent, each problem on its field); the change is recorded in its audit trail.")
            .RequireAuthorization()
            .Produces<AdminProgramResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity,
                StatusCodes.Status428PreconditionRequired);
}
