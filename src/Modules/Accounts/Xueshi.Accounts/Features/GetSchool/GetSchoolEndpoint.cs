using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.GetSchool;

internal sealed class GetSchoolEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/schools/{id:guid}", async ([Description("The school's id.")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetSchool(id), cancellationToken)))
            .WithName("GetSchool")
            .WithETag()
            .WithTags("Directory")
            .WithSummary("One school (学校) with its 学制 and region path")
            .WithDescription("Anonymous, like the school picker that links to it. 404 accounts.school_not_found for an unknown id.")
            .ProducesProblems(StatusCodes.Status404NotFound);
}
