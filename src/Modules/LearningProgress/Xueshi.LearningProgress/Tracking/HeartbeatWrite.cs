using NpgsqlTypes;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.LearningProgress.Tracking;

/// <summary>A validated heartbeat as the writer takes it: the teacher comes from the token, never from the body.</summary>
/// <param name="Position">The media position; null for a text (or when the player did not say).</param>
/// <param name="Playing">Playing (a text: visible) from now on.</param>
/// <param name="Seek">The position jumped: nothing since the previous heartbeat is credited.</param>
internal sealed record HeartbeatWrite(Guid TeacherId, Guid PlaybackId, int Sequence, double? Position, bool Playing, bool Seek);

internal enum HeartbeatOutcome
{
    Accepted,
    Duplicate,
    NotFound,
    Expired,
}

/// <summary>What the statement made of one heartbeat, and the progress row as committed.</summary>
internal sealed record HeartbeatResult(
    HeartbeatOutcome Outcome,
    bool Credited,
    double? Position,
    DateTimeOffset? ExpiresAt,
    LearningState State,
    int WatchedSeconds,
    NpgsqlRange<int>[] Watched,
    double ReadingSeconds,
    int StudySecondsOnCompletion,
    DateTimeOffset? QuizCompletedAt,
    DateTimeOffset? CompletedAt,
    double? DurationSeconds,
    int? MinReadingSeconds,
    int? QuizPositionSeconds,
    int QuestionCount,
    ResourceKind Kind)
{
    public static readonly HeartbeatResult NotFound = new(HeartbeatOutcome.NotFound, false, null, null, LearningState.NotStarted, 0, [], 0, 0,
        null, null, null, null, null, 0, ResourceKind.Video);
}
