using MediatR;

namespace Xueshi.Accounts.Contracts;

/// <summary>
/// Where a teacher stands for enrollment and certificates: identity, profile completeness (an
/// incomplete profile may study but earns no credit) and verification. Null when there is no such account.
/// </summary>
public sealed record GetTeacherStatus(Guid AccountId) : IRequest<TeacherStatus?>;

/// <summary>The answer to <see cref="GetTeacherStatus"/>.</summary>
/// <param name="AccountId">The account asked about.</param>
/// <param name="Identity">Its identity; only teachers have a profile.</param>
/// <param name="IsProfileComplete">Every required (*) profile field is filled.</param>
/// <param name="MissingFields">The required fields still empty, by their JSON names (realName, idNumber, schoolId, ...).</param>
/// <param name="Verification">审核认证 by the school.</param>
/// <param name="SchoolId">The chosen school, if any.</param>
/// <param name="SchoolSystem">Its 学制 (basic-education programs refuse vocational and higher education).</param>
/// <param name="IsOtherSchool">The school is a county's "其他" placeholder.</param>
/// <param name="IsPsychologyTeacher">是否心理健康教育教师 as the teacher answered it (null when unanswered); a claim, verified or not.</param>
/// <param name="IsHeadTeacher">是否担任班主任 as the teacher answered it (null when unanswered); a claim, verified or not.</param>
/// <param name="IsVerifiedPsychologyTeacher">
/// The school admin verified the teacher as 心理健康教育专兼职教师 (approved with the flag set). False, never null,
/// whenever the verification is not approved (pending, rejected, removed): role-based credit rules and
/// certificates read this one, not the claim.
/// </param>
/// <param name="IsVerifiedHeadTeacher">The school admin verified the teacher as 班主任; false whenever not approved.</param>
public sealed record TeacherStatus(
    Guid AccountId,
    AccountIdentity Identity,
    bool IsProfileComplete,
    IReadOnlyList<string> MissingFields,
    VerificationStatus Verification,
    Guid? SchoolId,
    SchoolSystem? SchoolSystem,
    bool IsOtherSchool,
    bool? IsPsychologyTeacher,
    bool? IsHeadTeacher,
    bool IsVerifiedPsychologyTeacher,
    bool IsVerifiedHeadTeacher);
