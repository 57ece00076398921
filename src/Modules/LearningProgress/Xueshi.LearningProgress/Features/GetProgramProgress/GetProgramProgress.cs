using MediatR;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.LearningProgress.Features.GetProgramProgress;

internal sealed record GetProgramProgress(Guid ProgramId) : IRequest<ProgramProgressView>;

/// <summary>My progress in a program (查看学习进度): per course and resource, with 已学习. Credited hours come with the credit rules.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="StudySeconds">已学习 in the program: the completed resources' study time (extension resources included: their time is recorded).</param>
/// <param name="CompletedCount">Resources completed.</param>
/// <param name="ResourceCount">Resources that can be studied (archived ones count only when they were started).</param>
/// <param name="Courses">In the program's order.</param>
internal sealed record ProgramProgressView(Guid ProgramId, int StudySeconds, int CompletedCount, int ResourceCount, IReadOnlyList<CourseProgressView> Courses);

/// <param name="CourseId">The course.</param>
/// <param name="Title">Its title.</param>
/// <param name="StudySeconds">已学习 in the course.</param>
/// <param name="CompletedCount">Resources completed.</param>
/// <param name="ResourceCount">Resources in it.</param>
/// <param name="Resources">In chapter and section order.</param>
internal sealed record CourseProgressView(Guid CourseId, string Title, int StudySeconds, int CompletedCount, int ResourceCount,
    IReadOnlyList<ResourceProgressItem> Resources);

/// <param name="ResourceId">The resource.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">video, text or courseTest.</param>
/// <param name="IsExtension">拓展资源: time recorded, never credited.</param>
/// <param name="IsArchived">Withdrawn: shown only when started, progress kept.</param>
/// <param name="DurationSeconds">A video's duration.</param>
/// <param name="ResumePositionSeconds">Where the player resumes.</param>
/// <param name="Progress">State (the circle), the part watched and 已学习.</param>
/// <param name="Reasons">Why it is not complete yet, in words: the parts not watched, the quiz not done, the rest after the quiz; empty once complete.</param>
internal sealed record ResourceProgressItem(
    Guid ResourceId,
    string Title,
    ResourceKind Kind,
    bool IsExtension,
    bool IsArchived,
    double? DurationSeconds,
    double ResumePositionSeconds,
    ResourceProgressView Progress,
    IReadOnlyList<IncompleteReason> Reasons);

/// <param name="Code">learning.part_not_watched, learning.quiz_not_done, learning.rest_after_quiz_not_watched, learning.reading_time_short or learning.course_test_not_done.</param>
/// <param name="Message">The reason in words (第2分00秒至第3分10秒尚未观看).</param>
/// <param name="MissingRanges">For parts not watched: which.</param>
internal sealed record IncompleteReason(string Code, string Message, IReadOnlyList<WatchedRange> MissingRanges);
