using MediatR;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.LearningProgress.Contracts;

/// <summary>
/// A teacher's progress on every resource of a program's courses (archived ones included), in the
/// outline's order, for crediting. A resource never touched comes back not started with zeroes.
/// Null when there is no such program. Progress is the teacher's on the resource, wherever it was
/// made: a course carried over from another program shows what was done there, and
/// <see cref="ResourceProgressFacts.CompletedAt"/> tells the credit rules inside which window.
/// </summary>
public sealed record GetProgramProgressFacts(Guid TeacherId, Guid ProgramId) : IRequest<IReadOnlyList<ResourceProgressFacts>?>;

/// <summary>
/// The same facts for an outline the asker already holds (the credit rules read the outline once per
/// statement): one query, in the outline's order, and only for the resources the teacher has progress on.
/// A resource absent is not started: early in a program that is most of its 300 resources, which the
/// progress page asks for on every visit.
/// </summary>
public sealed record GetOutlineProgressFacts(Guid TeacherId, ProgramOutline Outline) : IRequest<IReadOnlyList<ResourceProgressFacts>>;

/// <summary>The same facts for chosen resources (a course in another program's window, a single resource).</summary>
public sealed record GetResourceProgressFacts(Guid TeacherId, IReadOnlyList<Guid> ResourceIds) : IRequest<IReadOnlyList<ResourceProgressFacts>>;

/// <param name="WatchedSeconds">Seconds of the video credited as watched (believable play, merged, never double counted).</param>
/// <param name="StudySeconds">已学习: a completed video's full duration or a completed text's stated study time; 0 until complete.</param>
/// <param name="WatchTimeSeconds">Real playing time, for reports and spotting automation; not 已学习.</param>
/// <param name="ReadingSeconds">A text resource's visible reading time.</param>
/// <param name="QuizCompletedAt">When the video's quiz or the course test became complete; null when not (or none).</param>
/// <param name="CompletedAt">When the resource became complete; null when it is not.</param>
/// <param name="CompletedInProgramId">The program whose playback completed it.</param>
/// <param name="IncompleteReasons">Why a started resource is not complete yet, in the teacher's words (the parts not watched, the quiz); empty once complete, and empty when not started (all of it is missing).</param>
public sealed record ResourceProgressFacts(
    Guid ResourceId,
    Guid CourseId,
    LearningState State,
    int WatchedSeconds,
    int StudySeconds,
    double WatchTimeSeconds,
    double ReadingSeconds,
    DateTimeOffset? QuizCompletedAt,
    DateTimeOffset? CompletedAt,
    Guid? CompletedInProgramId,
    IReadOnlyList<IncompleteReasonFact> IncompleteReasons);

/// <param name="Code">learning.part_not_watched, learning.quiz_not_done, learning.rest_after_quiz_not_watched, learning.reading_time_short or learning.course_test_not_done.</param>
/// <param name="Message">The reason in words (第2分00秒至第3分10秒尚未观看).</param>
public sealed record IncompleteReasonFact(string Code, string Message);
