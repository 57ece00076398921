using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Trainings.ListTrainings;

internal sealed class ListTrainingsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/trainings", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListTrainings(), cancellationToken)))
            .WithName("ListAdminTrainings")
            .WithTags("CatalogAdmin")
            .WithSummary("List trainings (研修), newest first")
            .WithDescription("Operators only. At most 500, newest first.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
