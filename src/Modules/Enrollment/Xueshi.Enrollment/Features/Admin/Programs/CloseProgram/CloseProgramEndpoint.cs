using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Programs.CloseProgram;

internal sealed class CloseProgramEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/programs/{id:guid}/close", async ([Description("The program.")] Guid id,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var program = await mediator.Send(new CloseProgram(id, ifMatch), cancellationToken);
                return Revisions.Tagged(http, program, program.Revision);
            })
            .WithName("CloseProgram")
            .WithTags("CatalogAdmin")
            .WithSummary("Close a program (关闭专题): nobody enrolls any more")
            .WithDescription("Operators only; needs If-Match. Only a published program can be closed (409 enrollment.program_not_published). " +
                "Enrolled teachers keep reading it.")
            .RequireAuthorization()
            .Produces<AdminProgramResponse>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
