using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Programs.ListPrograms;

internal sealed class ListProgramsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/programs", async (string? state, string? q, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListPrograms(state, q, page, pageSize), cancellationToken)))
            .WithName("ListAdminPrograms")
            .WithTags("CatalogAdmin")
            .WithSummary("List programs in every state (专题管理)")
            .WithDescription("Operators only. Drafts, published and closed programs, most recently changed first, paged (pageSize at most 100).")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
