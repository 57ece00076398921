using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Catalog.ListPrograms;

internal sealed class ListProgramsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programs", async (string? status, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListPrograms(status, page, pageSize), cancellationToken)))
            .WithName("ListPrograms")
            .WithTags("Catalog")
            .WithSummary("List programs (培训): open now, upcoming or ended")
            .WithDescription("Published and closed programs; drafts never appear. status: open (进行中: published, today in Beijing " +
                "inside the window), upcoming (即将开始), ended (已结束: the window is over or the program is closed). " +
                "Paged: pageSize at most 50. Signed in; revalidate with If-None-Match.")
            .WithETag()
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized);
}
