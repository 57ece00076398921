using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Trainings.CreateTraining;

internal sealed class CreateTrainingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/trainings", async (CreateTraining request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var training = await mediator.Send(request, cancellationToken);
                return Revisions.Tagged(http, training, training.Revision, $"/api/v1/admin/trainings/{training.Id}");
            })
            .WithName("CreateTraining")
            .WithTags("CatalogAdmin")
            .WithSummary("Create a training (新建研修) that groups programs")
            .WithDescription("Operators only. Programs join it through their trainingId.")
            .RequireAuthorization()
            .Produces<AdminTrainingResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
