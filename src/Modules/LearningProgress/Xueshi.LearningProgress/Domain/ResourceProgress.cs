using NpgsqlTypes;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.LearningProgress.Domain;

/// <summary>
/// A teacher's progress on one resource, wherever it is studied (a carried-over course shares it).
/// Watched segments are whole seconds in an int4multirange that PostgreSQL merges: a second watched
/// twice counts once. <see cref="AfterQuiz"/> holds what was watched at or after the quiz position
/// once the quiz was complete (看完测试题后剩余的视频). Heartbeats change it with SQL
/// (the heartbeat writer); quiz attempts and reads go through EF.
/// </summary>
internal sealed class ResourceProgress
{
    private ResourceProgress()
    {
    }

    public Guid TeacherId { get; private set; }

    public Guid ResourceId { get; private set; }

    public Guid CourseId { get; private set; }

    /// <summary>The program where it was first studied.</summary>
    public Guid ProgramId { get; private set; }

    public ResourceKind Kind { get; private set; }

    public double? DurationSeconds { get; private set; }

    public int? QuizPositionSeconds { get; private set; }

    /// <summary>Questions in the video's quiz or the course test; 0 when none.</summary>
    public int QuestionCount { get; private set; }

    public int? MinReadingSeconds { get; private set; }

    /// <summary>What completion adds to 已学习: a video's whole duration, a text's stated minutes.</summary>
    public int StudySecondsOnCompletion { get; private set; }

    public NpgsqlRange<int>[] Watched { get; private set; } = [];

    public NpgsqlRange<int>[] AfterQuiz { get; private set; } = [];

    /// <summary>The total length of <see cref="Watched"/>, kept with it.</summary>
    public int WatchedSeconds { get; private set; }

    public double WatchTimeSeconds { get; private set; }

    /// <summary>
    /// The end of the playing time already counted as watch time: a second device's overlapping
    /// heartbeat counts only what lies after it, so two devices at once do not double it.
    /// </summary>
    public DateTimeOffset? WatchClockUntil { get; private set; }

    public double ReadingSeconds { get; private set; }

    /// <summary>The last position played (resume), in seconds.</summary>
    public double LastPosition { get; private set; }

    public DateTimeOffset? QuizCompletedAt { get; private set; }

    public int QuizAttemptCount { get; private set; }

    public LearningState State { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public Guid? CompletedInProgramId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>0 until complete: 已学习 follows completion, not the clock.</summary>
    public int StudySeconds => State == LearningState.Completed ? StudySecondsOnCompletion : 0;

    public static ResourceProgress Begin(Guid teacherId, Guid programId, ResourceFacts resource, DateTimeOffset now) =>
        new()
        {
            TeacherId = teacherId,
            ResourceId = resource.ResourceId,
            CourseId = resource.CourseId,
            ProgramId = programId,
            Kind = resource.Kind,
            DurationSeconds = resource.DurationSeconds,
            QuizPositionSeconds = resource.QuizPositionSeconds,
            QuestionCount = resource.QuestionCount,
            MinReadingSeconds = resource.MinReadingSeconds,
            StudySecondsOnCompletion = StudySecondsOf(resource),
            State = LearningState.InProgress,
            StartedAt = now,
            UpdatedAt = now,
        };

    public static int StudySecondsOf(ResourceFacts resource) => resource.Kind switch
    {
        ResourceKind.Video => (int)Math.Round(resource.DurationSeconds ?? 0, MidpointRounding.AwayFromZero),
        ResourceKind.Text => (resource.StudyMinutes ?? 0) * 60,
        _ => (resource.StudyMinutes ?? 0) * 60,
    };

    /// <summary>
    /// An attempt passed: the quiz is complete from now on, recorded once. Whether the resource is
    /// then complete (a course test at once, a video once the rest after the quiz is watched) is
    /// <see cref="CompletionRule"/>'s to say, in the same transaction, so there is one definition of complete.
    /// </summary>
    /// <returns>True when this attempt is the one that completed the quiz.</returns>
    public bool CompleteQuiz(DateTimeOffset now)
    {
        UpdatedAt = now;
        if (QuizCompletedAt is not null)
        {
            return false;
        }

        QuizCompletedAt = now;
        return true;
    }

    public void CountAttempt(DateTimeOffset now)
    {
        QuizAttemptCount++;
        UpdatedAt = now;
    }
}
