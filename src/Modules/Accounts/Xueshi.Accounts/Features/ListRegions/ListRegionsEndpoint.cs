using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.ListRegions;

internal sealed class ListRegionsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/regions", async (Guid? parentId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListRegions(parentId), cancellationToken)))
            .WithName("ListRegions")
            .WithETag()
            .WithTags("Directory")
            .WithSummary("List administrative regions (行政区域): the provinces, or the children of a province or city")
            .WithDescription("Without parentId: the provinces. With the id of a province: its cities; of a city: its counties " +
                "(区县). Ordered by GB/T 2260 code. Anonymous: the school picker needs it before sign-in.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
}
