using MediatR;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Tracking;

namespace Xueshi.LearningProgress.Features.SendHeartbeat;

/// <summary>
/// Hands the heartbeat to the <see cref="HeartbeatWriter"/> (no DbContext on this path: it runs every
/// few seconds per player) and answers once it is committed. The teacher is the token's: another
/// teacher's playback is not found.
/// </summary>
internal sealed class SendHeartbeatHandler(HeartbeatWriter writer, ICurrentUser currentUser) : IRequestHandler<SendHeartbeat, HeartbeatAccepted>
{
    /// <summary>The quiz shows this close before its position (a player's timer is not exact).</summary>
    private const double QuizLeadSeconds = 1;

    public async Task<HeartbeatAccepted> Handle(SendHeartbeat request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var heartbeatEvent = request.Event ?? HeartbeatEvent.Tick;
        // Pause, ended and hidden end the playing time whatever the flag says.
        var playing = request.Playing == true && heartbeatEvent is not (HeartbeatEvent.Pause or HeartbeatEvent.Ended or HeartbeatEvent.Hidden);
        var result = await writer.WriteAsync(
            new HeartbeatWrite(teacherId, request.PlaybackId, request.Sequence!.Value, request.PositionSeconds, playing, heartbeatEvent == HeartbeatEvent.Seek),
            cancellationToken);
        return result.Outcome switch
        {
            HeartbeatOutcome.NotFound => throw LearningProgressErrors.PlaybackNotFound.ToException(),
            HeartbeatOutcome.Expired => throw LearningProgressErrors.PlaybackExpired.ToException(),
            _ => new HeartbeatAccepted(
                request.Sequence.Value,
                result.Outcome == HeartbeatOutcome.Duplicate,
                result.Outcome == HeartbeatOutcome.Accepted && result.Credited,
                result.Position is { } position ? Math.Round(position, 3) : null,
                QuizDue(result),
                result.ExpiresAt!.Value,
                View(result)),
        };
    }

    private static bool QuizDue(HeartbeatResult r) =>
        r.Kind == ResourceKind.Video && r.QuestionCount > 0 && r.QuizPositionSeconds is { } quizAt && r.QuizCompletedAt is null
        && r.Position >= quizAt - QuizLeadSeconds;

    private static ResourceProgressView View(HeartbeatResult r)
    {
        var completed = r.State == LearningState.Completed;
        (double done, double whole) = r.DurationSeconds is > 0 ? (r.WatchedSeconds, r.DurationSeconds.Value) : (r.ReadingSeconds, (double)(r.MinReadingSeconds ?? 0));
        var percent = completed ? 100 : whole <= 0 ? 0 : Math.Round(Math.Min(100, 100 * done / whole), 1);
        return new ResourceProgressView(r.State, r.WatchedSeconds, percent, WatchedRange.From(r.Watched), Math.Round(r.ReadingSeconds, 1),
            completed ? r.StudySecondsOnCompletion : 0, r.QuizCompletedAt is not null, r.CompletedAt);
    }
}
