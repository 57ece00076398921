using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.LearningProgress.Features.StartPlayback;

internal sealed class StartPlaybackEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/programs/{programId:guid}/resources/{resourceId:guid}/playbacks", async (
                [Description("The program (专题) the study counts in.")] Guid programId,
                [Description("The resource (学习资源) to play, read or take.")] Guid resourceId,
                StartPlayback? request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var started = await mediator.Send((request ?? new StartPlayback(null)) with { ProgramId = programId, ResourceId = resourceId }, cancellationToken);
                return TypedResults.Created($"/api/v1/playbacks/{started.PlaybackId}", started);
            })
            .WithName("StartPlayback")
            .WithTags(LearningProgressApiTags.Playback)
            .WithSummary("Start a playback (开始学习)")
            .WithDescription("The body may be empty. 201 with the playback id, the resume position, the playback rates the program allows, the heartbeat interval " +
                "and the progress so far; missingProfileFields lists fields the program requires that are still empty (prompt to complete " +
                "them; study goes on). Refusals: 403 learning.not_enrolled, 422 learning.before_window, learning.after_window (the " +
                "window in China Standard Time), learning.course_not_open (with opensOn), learning.resource_archived, " +
                "learning.resource_unavailable; 404 learning.resource_not_found when the resource is not in the program.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
}
