using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// Every program the teacher may study: the ones enrolled in, and the ones that carry a course over
/// from one of them (as <see cref="IsEnrolled"/> counts them). Drafts left out.
/// </summary>
public sealed record GetEnrolledProgramIds(Guid TeacherId) : IRequest<IReadOnlyList<Guid>>;
