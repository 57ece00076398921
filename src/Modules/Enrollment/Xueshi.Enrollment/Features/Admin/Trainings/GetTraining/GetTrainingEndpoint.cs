using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Trainings.GetTraining;

internal sealed class GetTrainingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/trainings/{id:guid}", async ([Description("The training.")] Guid id, IMediator mediator, HttpContext http,
                CancellationToken cancellationToken) =>
            {
                var training = await mediator.Send(new GetTraining(id), cancellationToken);
                return Revisions.Tagged(http, training, training.Revision);
            })
            .WithName("GetAdminTraining")
            .WithTags("CatalogAdmin")
            .WithSummary("Read a training with its programs")
            .WithDescription("Operators only. The ETag header is its revision, for If-Match on the next edit.")
            .RequireAuthorization()
            .Produces<AdminTrainingResponse>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
