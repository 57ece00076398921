using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.LearningProgress.Features.GetProgramProgress;

internal sealed class GetProgramProgressEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programs/{programId:guid}/progress", async (
                [Description("The program (专题).")] Guid programId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetProgramProgress(programId), cancellationToken)))
            .WithName("GetProgramProgress")
            .WithTags(LearningProgressApiTags.Progress)
            .WithSummary("My progress in a program (学习进度)")
            .WithDescription("Per course and resource: the state circle (notStarted, inProgress, completed), the percentage watched, the " +
                "resume position, 已学习 (a completed video's whole duration; a partly watched one adds nothing), and why a resource is not " +
                "complete. 404 learning.program_not_found for a program that is not there (or a draft), 403 learning.not_enrolled.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
