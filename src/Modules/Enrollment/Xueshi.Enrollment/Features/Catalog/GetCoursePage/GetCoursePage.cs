using MediatR;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Features.Reviews;

namespace Xueshi.Enrollment.Features.Catalog.GetCoursePage;

internal sealed record GetCoursePage(Guid ProgramId, Guid CourseId) : IRequest<CoursePage>;

/// <summary>
/// The course page in a program's context. It carries two things of the reader's own (likedByMe,
/// resumeResourceId); its ETag is a hash of this very answer, so it never serves one teacher's answer to another.
/// </summary>
/// <param name="OpensOn">The course's opening date in this program (China Standard Time).</param>
/// <param name="IsOpen">Today in Beijing is on or after <paramref name="OpensOn"/>; before it the player refuses with enrollment.course_not_open.</param>
/// <param name="NotOpenCode">enrollment.course_not_open while the course is not open, else null.</param>
/// <param name="Chapters">章 in order, with their resources (节); archived resources are left out.</param>
/// <param name="LearnerCount">Teachers enrolled in any program that includes the course (1539已学).</param>
/// <param name="Rating">4.9分(125个).</param>
/// <param name="LikeCount">点赞.</param>
/// <param name="LikedByMe">The reader has liked it.</param>
/// <param name="ResumeResourceId">Where 开始学习 takes the reader; null when the course has no resource yet.</param>
internal sealed record CoursePage(
    Guid ProgramId,
    string ProgramTitle,
    Guid CourseId,
    string Title,
    string Description,
    IReadOnlyList<CourseLecturer> Lecturers,
    DateOnly OpensOn,
    bool IsOpen,
    string? NotOpenCode,
    IReadOnlyList<OutlineChapter> Chapters,
    int LearnerCount,
    CourseRating Rating,
    int LikeCount,
    bool LikedByMe,
    Guid? ResumeResourceId);

/// <param name="Title">职称 or position.</param>
/// <param name="Affiliation">单位.</param>
internal sealed record CourseLecturer(string Name, string? Title, string? Affiliation);

internal sealed record OutlineChapter(Guid Id, string Title, IReadOnlyList<OutlineResource> Resources);

/// <summary>A resource as the outline shows it: never a quiz's questions or answers, only that there is one.</summary>
/// <param name="DurationSeconds">A video's duration as measured on the server.</param>
/// <param name="IsExtension">拓展资源: recorded, never credited.</param>
/// <param name="HasQuiz">A video with an end-of-video quiz, or a course test.</param>
/// <param name="QuestionCount">Questions in the quiz; 0 without one.</param>
/// <param name="MinReadingSeconds">A text resource's minimum reading time.</param>
/// <param name="StudyMinutes">What a completed text resource counts for.</param>
internal sealed record OutlineResource(
    Guid Id,
    string Title,
    ResourceKind Kind,
    double? DurationSeconds,
    bool IsExtension,
    bool HasQuiz,
    int QuestionCount,
    int? MinReadingSeconds,
    int? StudyMinutes);
