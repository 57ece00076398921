using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Catalog.GetTraining;

internal sealed class GetTrainingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/trainings/{id:guid}", async ([Description("The training (研修).")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetTraining(id), cancellationToken)))
            .WithName("GetTraining")
            .WithTags("Catalog")
            .WithSummary("A training's landing page (研修): an entry per audience")
            .WithDescription("The training's published and closed programs, one entry per audience (选择基础教育学习入口 …). " +
                "A training with no published program answers 404 enrollment.training_not_found. Signed in; revalidate with If-None-Match.")
            .WithETag()
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
