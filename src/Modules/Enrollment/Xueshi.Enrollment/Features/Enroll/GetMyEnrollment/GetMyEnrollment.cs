using MediatR;

namespace Xueshi.Enrollment.Features.Enroll.GetMyEnrollment;

internal sealed record GetMyEnrollment(Guid ProgramId) : IRequest<MyEnrollment>;

/// <summary>The reader's own enrollment in a program (my enrollment on the program page).</summary>
/// <param name="Enrolled">Enrolled in the program, or through a program it carries courses over from.</param>
/// <param name="EnrollmentId">The enrollment that counts, when enrolled.</param>
/// <param name="EnrolledThroughProgramId">Set when that enrollment is in the earlier program the courses are carried over from.</param>
internal sealed record MyEnrollment(
    Guid ProgramId,
    bool Enrolled,
    Guid? EnrollmentId,
    DateTimeOffset? EnrolledAt,
    Guid? EnrolledThroughProgramId,
    string? EnrolledThroughProgramTitle);
