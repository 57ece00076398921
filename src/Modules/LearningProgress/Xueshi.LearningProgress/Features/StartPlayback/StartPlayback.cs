using System.Text.Json.Serialization;
using MediatR;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.LearningProgress.Features.StartPlayback;

/// <summary>Start playing a video, reading a text or taking a course test, on this device.</summary>
/// <param name="ClientPlaybackRates">
/// The playback rates this client can offer. A client that offers fewer than the program allows is
/// told to update (notice learning.client_update_required); omitted, the client is assumed to offer them all.
/// </param>
internal sealed record StartPlayback(IReadOnlyList<double>? ClientPlaybackRates) : IRequest<PlaybackStarted>
{
    [JsonIgnore]
    public Guid ProgramId { get; init; }

    [JsonIgnore]
    public Guid ResourceId { get; init; }
}

/// <summary>A playback: send its heartbeats to /playbacks/{playbackId}/heartbeats.</summary>
/// <param name="PlaybackId">The playback; heartbeats and the quiz go through it.</param>
/// <param name="ProgramId">The program it counts in.</param>
/// <param name="CourseId">The resource's course.</param>
/// <param name="ResourceId">The resource.</param>
/// <param name="Kind">video, text or courseTest.</param>
/// <param name="Title">The resource's title.</param>
/// <param name="MediaId">A video's media (ask /media/{id}/access for a signed link), or a text's PDF.</param>
/// <param name="DurationSeconds">A video's duration as the server measured it.</param>
/// <param name="MinReadingSeconds">A text's minimum reading time, while visible.</param>
/// <param name="TextBody">A text resource's rich text as sanitized HTML; null for a PDF text (read its media) and other kinds.</param>
/// <param name="ResumePositionSeconds">Where to resume: the last position played, or 0 after the end.</param>
/// <param name="PlaybackRates">The rates to offer, up to the program's fastest.</param>
/// <param name="MaxPlaybackRate">The fastest rate the server credits.</param>
/// <param name="HeartbeatIntervalSeconds">How often to send a heartbeat while playing (also on pause, seek, ended and page hide).</param>
/// <param name="ExpiresAt">When the playback ends if no heartbeat comes (each heartbeat moves it on).</param>
/// <param name="Quiz">The video's quiz or the course test (questions are delivered at its position), if it has one.</param>
/// <param name="Progress">The teacher's progress on the resource so far.</param>
/// <param name="MissingProfileFields">Profile fields the program requires that are still empty: prompt to complete them (问题 9).</param>
/// <param name="Notices">Things to tell the teacher without refusing, such as learning.client_update_required.</param>
internal sealed record PlaybackStarted(
    Guid PlaybackId,
    Guid ProgramId,
    Guid CourseId,
    Guid ResourceId,
    ResourceKind Kind,
    string Title,
    Guid? MediaId,
    double? DurationSeconds,
    int? MinReadingSeconds,
    string? TextBody,
    double ResumePositionSeconds,
    IReadOnlyList<double> PlaybackRates,
    double MaxPlaybackRate,
    int HeartbeatIntervalSeconds,
    DateTimeOffset ExpiresAt,
    QuizSummary? Quiz,
    ResourceProgressView Progress,
    IReadOnlyList<string> MissingProfileFields,
    IReadOnlyList<StudyNotice> Notices);

/// <param name="PositionSeconds">Where a video's quiz appears; null for a course test.</param>
/// <param name="QuestionCount">How many questions it has.</param>
/// <param name="Completed">Whether it is complete under the program's rule.</param>
/// <param name="RequiresCorrectAnswers">True when the program demands correct answers (a wrong attempt is retried).</param>
internal sealed record QuizSummary(int? PositionSeconds, int QuestionCount, bool Completed, bool RequiresCorrectAnswers);

/// <param name="Code">A stable code, such as learning.client_update_required or learning.profile_incomplete.</param>
/// <param name="Message">What to show the teacher.</param>
internal sealed record StudyNotice(string Code, string Message);
