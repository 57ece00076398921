using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Programs.ListProgramChanges;

internal sealed class ListProgramChangesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/programs/{id:guid}/changes", async ([Description("The program.")] Guid id, int? page, int? pageSize,
                IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListProgramChanges(id, page, pageSize), cancellationToken)))
            .WithName("ListProgramChanges")
            .WithTags("CatalogAdmin")
            .WithSummary("The audit trail of a program (修改记录): who changed what, when")
            .WithDescription("Operators only. Every change made while the program was published or closed, to it or to a course it " +
                "includes, newest first, paged (pageSize at most 100).")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound);
}
