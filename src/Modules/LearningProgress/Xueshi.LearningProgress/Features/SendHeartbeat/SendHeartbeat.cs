using System.Text.Json.Serialization;
using MediatR;

namespace Xueshi.LearningProgress.Features.SendHeartbeat;

/// <summary>What the player reports: why it sends this heartbeat.</summary>
internal enum HeartbeatEvent
{
    /// <summary>Every few seconds while playing (or while a text is open).</summary>
    Tick,

    /// <summary>Playback (re)started.</summary>
    Play,

    /// <summary>Paused: the time until the next play is not playing time.</summary>
    Pause,

    /// <summary>The position jumped: nothing between the previous position and this one is credited.</summary>
    Seek,

    /// <summary>The video reached its end.</summary>
    Ended,

    /// <summary>The page was hidden or closed (sent with sendBeacon or fetch keepalive).</summary>
    Hidden,
}

/// <summary>One heartbeat of a playback. The server judges it by its own clock; the client's rate is only reported.</summary>
/// <param name="Sequence">1, 2, 3… per playback; a heartbeat at or below the highest taken changes nothing.</param>
/// <param name="PositionSeconds">The media position; omitted for a text resource.</param>
/// <param name="PlaybackRate">The rate the player is at (reported, not trusted).</param>
/// <param name="Playing">Whether the media is playing (for a text: whether it is visible) as of this heartbeat.</param>
/// <param name="Event">tick (default), play, pause, seek, ended or hidden.</param>
internal sealed record SendHeartbeat(int? Sequence, double? PositionSeconds, double? PlaybackRate, bool? Playing, HeartbeatEvent? Event)
    : IRequest<HeartbeatAccepted>
{
    [JsonIgnore]
    public Guid PlaybackId { get; init; }
}

/// <summary>What the server made of a heartbeat, after it was committed.</summary>
/// <param name="Sequence">The heartbeat's sequence number.</param>
/// <param name="Duplicate">True when it was at or below the highest sequence taken: nothing changed.</param>
/// <param name="Credited">Whether the part played since the previous heartbeat was credited (false for a seek, or faster than the program allows).</param>
/// <param name="PositionSeconds">The position as stored (clamped to the duration).</param>
/// <param name="QuizDue">The playback reached the quiz and the quiz is not complete: show it; nothing after it is credited until it is.</param>
/// <param name="ExpiresAt">When the playback ends without another heartbeat.</param>
/// <param name="Progress">The resource's progress after this heartbeat.</param>
internal sealed record HeartbeatAccepted(
    int Sequence,
    bool Duplicate,
    bool Credited,
    double? PositionSeconds,
    bool QuizDue,
    DateTimeOffset ExpiresAt,
    ResourceProgressView Progress);
