using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>Every program (any state) that includes a course, with the course's opening there: a shared course's progress serves each of them.</summary>
public sealed record GetProgramsIncludingCourse(Guid CourseId) : IRequest<IReadOnlyList<CourseInProgram>>;

public sealed record CourseInProgram(Guid ProgramId, ProgramState State, StudyWindow Window, DateOnly? OpensOn, Guid? CarriedFromProgramId);
