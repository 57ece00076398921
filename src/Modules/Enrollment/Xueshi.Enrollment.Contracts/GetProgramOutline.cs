using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>A program with its window and its courses' resources, for progress and credit; null when there is no such program.</summary>
public sealed record GetProgramOutline(Guid ProgramId) : IRequest<ProgramOutline?>;

/// <param name="TrainingId">The 研修 the program belongs to, if any (a certificate may cover the whole training).</param>
/// <param name="CertificateDate">证书发放日期, a date in China Standard Time.</param>
/// <param name="Study">The fastest credited playback rate and when a quiz is complete.</param>
/// <param name="RequiredProfileFields">The program's own profile fields beyond the standard ones (是否心理健康教育教师…).</param>
/// <param name="Courses">In the program's order.</param>
public sealed record ProgramOutline(
    Guid ProgramId,
    string Title,
    Audience Audience,
    ProgramState State,
    Guid? TrainingId,
    StudyWindow Window,
    DateOnly? CertificateDate,
    StudySettings Study,
    IReadOnlyList<ProgramProfileField> RequiredProfileFields,
    IReadOnlyList<OutlineCourse> Courses);

/// <param name="OpensOn">The course's opening date in this program (China Standard Time); null when it opens with the window.</param>
/// <param name="CarriedFromProgramId">The program this course is carried over from: progress made inside that program's window counts here.</param>
/// <param name="CarriedFromWindow">That program's study window (China Standard Time days); null when not carried over.</param>
/// <param name="Resources">Every resource in chapter and section order, archived ones included (progress on them stays progress).</param>
public sealed record OutlineCourse(
    Guid CourseId,
    string Title,
    int Position,
    DateOnly? OpensOn,
    Guid? CarriedFromProgramId,
    StudyWindow? CarriedFromWindow,
    IReadOnlyList<ResourceFacts> Resources);
