using MediatR;

namespace Xueshi.Enrollment.Features.Enroll.EnrollInProgram;

internal sealed record EnrollInProgram(Guid ProgramId) : IRequest<EnrollmentOutcome>;

internal sealed record EnrollmentOutcome(EnrollmentResponse Enrollment, bool Created);

/// <summary>The teacher's enrollment (报名) in a program, with what they are told on enrolling.</summary>
/// <param name="EnrollmentId">The enrollment; the same on every repeat.</param>
/// <param name="ProgramId">The program asked about.</param>
/// <param name="EnrolledThroughProgramId">
/// Set when the enrollment that counts is in an earlier program this one carries courses over from
/// (师德集中学习教育 for the 2023 summer program): no second enrollment is made.
/// </param>
/// <param name="EnrolledThroughProgramTitle">That program's title.</param>
/// <param name="Notices">Enrolled, but: the profile is incomplete (credit waits: 请完善个人信息后再进入学习), or the school is 其他.</param>
internal sealed record EnrollmentResponse(
    Guid EnrollmentId,
    Guid ProgramId,
    DateTimeOffset EnrolledAt,
    Guid? EnrolledThroughProgramId,
    string? EnrolledThroughProgramTitle,
    IReadOnlyList<EnrollmentNotice> Notices);
