using Xueshi.Enrollment.Contracts;

namespace Xueshi.LearningProgress.Domain;

/// <summary>
/// One playback (or reading session) of a resource on one device: what the server needs to judge the
/// next heartbeat by its own clock. The facts of the resource and the program (duration, quiz
/// position, fastest rate, end of the window) are copied in when it starts, so that a heartbeat is
/// judged in one statement without asking the catalog. Keyed by teacher first (Citus-ready).
/// Heartbeats update it with SQL (the heartbeat writer), never through the change tracker.
/// </summary>
internal sealed class Playback
{
    /// <summary>A playback with no heartbeat for this long is over; the player starts a new one.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(30);

    private Playback()
    {
    }

    public Guid TeacherId { get; private set; }

    public Guid Id { get; private set; }

    public Guid ProgramId { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid ResourceId { get; private set; }

    public ResourceKind Kind { get; private set; }

    /// <summary>A video's measured duration, the clamp for positions.</summary>
    public double? DurationSeconds { get; private set; }

    /// <summary>A video's quiz position: nothing after it is credited before the quiz is complete.</summary>
    public int? QuizPositionSeconds { get; private set; }

    /// <summary>The program's fastest rate when the playback started.</summary>
    public double MaxPlaybackRate { get; private set; }

    /// <summary>The end of the program's window: nothing is credited from then on.</summary>
    public DateTimeOffset WindowEndsAt { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The server's time of the last heartbeat taken (the start, before any).</summary>
    public DateTimeOffset LastHeartbeatAt { get; private set; }

    /// <summary>The highest sequence number taken; anything at or below it changes nothing.</summary>
    public int LastSequence { get; private set; }

    public double LastPosition { get; private set; }

    /// <summary>Whether the last heartbeat said the media was playing (or the text visible): only then does the time since count.</summary>
    public bool Playing { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public static Playback Start(
        Guid teacherId, Guid programId, ResourceFacts resource, double maxRate, DateTimeOffset windowEndsAt, double resumePosition, DateTimeOffset now) =>
        new()
        {
            TeacherId = teacherId,
            Id = Guid.CreateVersion7(now),
            ProgramId = programId,
            CourseId = resource.CourseId,
            ResourceId = resource.ResourceId,
            Kind = resource.Kind,
            DurationSeconds = resource.DurationSeconds,
            QuizPositionSeconds = resource.QuizPositionSeconds,
            MaxPlaybackRate = maxRate,
            WindowEndsAt = windowEndsAt.ToUniversalTime(),
            StartedAt = now,
            LastHeartbeatAt = now,
            LastSequence = 0,
            LastPosition = resumePosition,
            Playing = false,
            ExpiresAt = now + IdleLifetime,
        };
}
