using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Trainings.EditTraining;

internal sealed class EditTrainingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/admin/trainings/{id:guid}", async ([Description("The training.")] Guid id,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                EditTraining request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var training = await mediator.Send(request with { TrainingId = id, IfMatch = ifMatch }, cancellationToken);
                return Revisions.Tagged(http, training, training.Revision);
            })
            .WithName("EditTraining")
            .WithTags("CatalogAdmin")
            .WithSummary("Edit a training's title and description")
            .WithDescription("Operators only; needs If-Match.")
            .RequireAuthorization()
            .Produces<AdminTrainingResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
