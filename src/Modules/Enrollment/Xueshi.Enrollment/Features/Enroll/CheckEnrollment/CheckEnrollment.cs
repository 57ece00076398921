using MediatR;

namespace Xueshi.Enrollment.Features.Enroll.CheckEnrollment;

internal sealed record CheckEnrollment(Guid ProgramId) : IRequest<EnrollmentCheck>;

/// <summary>What the enrollment dialog shows (报名时请注意核实个人信息) before 立即报名 is confirmed.</summary>
/// <param name="Profile">The teacher's data for checking.</param>
/// <param name="MissingFields">Required fields still empty: the standard ones and the program's own, by their profile JSON names.</param>
/// <param name="Enrolled">Already enrolled (own, or through a program this one carries courses over from).</param>
/// <param name="CanEnroll">立即报名 would succeed (or already has).</param>
/// <param name="Refusal">Why it would be refused; null when it would not.</param>
/// <param name="Notices">What enrolling would tell the teacher (profile incomplete, school 其他).</param>
internal sealed record EnrollmentCheck(
    Guid ProgramId,
    CheckedProfile Profile,
    IReadOnlyList<string> MissingFields,
    bool Enrolled,
    bool CanEnroll,
    CheckRefusal? Refusal,
    IReadOnlyList<EnrollmentNotice> Notices);

/// <param name="RealName">姓名.</param>
/// <param name="IdNumberMasked">证件号码, masked.</param>
/// <param name="SchoolName">所在学校.</param>
/// <param name="RegionPath">Province, city, county.</param>
/// <param name="Stage">学段.</param>
/// <param name="Subject">学科领域.</param>
/// <param name="Title">职称.</param>
/// <param name="IsOtherSchool">The school is the county's 其他.</param>
internal sealed record CheckedProfile(
    string Nickname,
    string? RealName,
    string? IdNumberMasked,
    string? SchoolName,
    IReadOnlyList<string> RegionPath,
    string? Stage,
    string? Subject,
    string? Title,
    bool IsOtherSchool);

/// <param name="Code">The code 立即报名 would answer with (enrollment.school_system_not_admitted, …).</param>
/// <param name="Message">What to show: for the 学制 rule, the program's own message.</param>
/// <param name="RedirectProgramId">Where to go instead, when the program names one.</param>
internal sealed record CheckRefusal(string Code, string Message, Guid? RedirectProgramId, string? RedirectProgramTitle);
