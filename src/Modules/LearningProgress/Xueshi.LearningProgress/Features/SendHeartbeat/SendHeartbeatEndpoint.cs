using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.LearningProgress.Features.SendHeartbeat;

internal sealed class SendHeartbeatEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/playbacks/{playbackId:guid}/heartbeats", async (
                [Description("The playback, from StartPlayback.")] Guid playbackId,
                SendHeartbeat request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { PlaybackId = playbackId }, cancellationToken)))
            .WithName("SendHeartbeat")
            .WithTags(LearningProgressApiTags.Playback)
            .WithSummary("Send a heartbeat (学习心跳)")
            .WithDescription("Every few seconds while playing, and on play, pause, seek, ended and page hide. The server credits the part " +
                "played since the previous heartbeat only when the position advanced no more than the real elapsed time × the program's " +
                "fastest rate plus a small tolerance; a seek credits nothing of what it skipped; before the quiz is complete nothing after " +
                "its position is credited. The answer comes after the heartbeat is committed. Replayed or out-of-order heartbeats (by " +
                "sequence) change nothing (duplicate: true). Refusals: 404 learning.playback_not_found (also another teacher's playback), " +
                "410 learning.playback_expired (start a new playback), 429 when one playback floods.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Heartbeats)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound,
                StatusCodes.Status410Gone, StatusCodes.Status429TooManyRequests);
}
