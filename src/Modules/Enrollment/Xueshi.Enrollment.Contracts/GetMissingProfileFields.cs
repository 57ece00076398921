using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// The profile fields a teacher still has to fill in for a program: the standard ones and the
/// program's own (是否心理健康教育教师…), by their profile JSON names. Asked when study starts, since
/// even a verified teacher can lack a field a program requires (问题 9). Empty when none, or when
/// there is no such teacher or program.
/// </summary>
public sealed record GetMissingProfileFields(Guid TeacherId, Guid ProgramId) : IRequest<IReadOnlyList<string>>;
