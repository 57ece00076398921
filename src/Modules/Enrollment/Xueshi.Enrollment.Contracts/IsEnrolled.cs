using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// Whether the teacher may study the program: enrolled in it, or enrolled in a program it carries
/// courses over from (the 2023 summer program counts 师德集中学习教育's enrollment; no second 报名).
/// </summary>
public sealed record IsEnrolled(Guid TeacherId, Guid ProgramId) : IRequest<bool>;
