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
/// <param name="IsPsychologyTeacher">是否心理健康教育教师, when answered.</param>
/// <param name="IsHeadTeacher">是否担任班主任, when answered.</param>
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
    bool? IsHeadTeacher);
