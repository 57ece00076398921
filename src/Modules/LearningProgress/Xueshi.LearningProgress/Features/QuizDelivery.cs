using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Domain;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Features;

/// <summary>What getting a quiz and answering it share: whose playback it is, whether it is still alive, and whether the quiz is due.</summary>
internal static class QuizDelivery
{
    /// <summary>A player's heartbeat lands up to a second before the frame where the quiz appears.</summary>
    public const double ReachToleranceSeconds = 1;

    /// <summary>The teacher's own playback (another's is not there: 404), not expired (410: start a new one).</summary>
    public static async Task<Playback> PlaybackOfAsync(
        LearningProgressDbContext db, Guid teacherId, Guid playbackId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var playback = await db.Playbacks.AsNoTracking()
            .SingleOrDefaultAsync(p => p.TeacherId == teacherId && p.Id == playbackId, cancellationToken)
            ?? throw LearningProgressErrors.PlaybackNotFound.ToException();
        if (playback.ExpiresAt <= now)
        {
            throw LearningProgressErrors.PlaybackExpired.ToException();
        }

        return playback;
    }

    /// <summary>
    /// A course test is due at once; a video's quiz once the playback's last position (as the server
    /// stored it) reached its position, or once it is complete (to retake or review it).
    /// </summary>
    public static bool IsDue(Playback playback, ResourceProgress progress, int? paperPosition) =>
        playback.Kind != ResourceKind.Video
        || progress.QuizCompletedAt is not null
        || ((playback.QuizPositionSeconds ?? paperPosition) is { } at && playback.LastPosition >= at - ReachToleranceSeconds);
}
