using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Programs.DeleteProgram;

internal sealed class DeleteProgramEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/admin/programs/{id:guid}", async ([Description("The program.")] Guid id,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new DeleteProgram(id, ifMatch), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("DeleteProgram")
            .WithTags("CatalogAdmin")
            .WithSummary("Delete a draft program")
            .WithDescription("Operators only; needs If-Match. Only drafts (409 enrollment.program_not_draft otherwise: close a published " +
                "program instead). Its courses stay.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
