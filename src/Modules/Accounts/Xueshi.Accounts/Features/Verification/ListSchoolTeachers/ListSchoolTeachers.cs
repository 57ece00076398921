using MediatR;
using Microsoft.AspNetCore.Mvc;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.Verification.ListSchoolTeachers;

/// <param name="SchoolId">The school; its school admin or a region admin above it may list it.</param>
/// <param name="Status">pending, approved or rejected; all three when omitted.</param>
/// <param name="Q">The start of a teacher's real name (exact or prefix), up to 50 characters.</param>
/// <param name="Page">1-based page, default 1.</param>
/// <param name="PageSize">1 to 100, default 20.</param>
internal sealed record ListSchoolTeachers(
    [FromRoute] Guid SchoolId,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize) : IRequest<SchoolTeachersPage>
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    /// <summary>A queue shows teachers who submitted: pending, approved or rejected, spelt as JSON writes them.</summary>
    public static bool IsKnownStatus(string status) =>
        QueryEnum.TryParse<VerificationStatus>(status, out var parsed) && parsed is not null and not VerificationStatus.NotSubmitted;

    /// <summary>The status asked for; null for all (the validator has refused anything else).</summary>
    public VerificationStatus? StatusFilter => QueryEnum.TryParse<VerificationStatus>(Status, out var parsed) ? parsed : null;
}

/// <param name="Items">The page, oldest submission first.</param>
/// <param name="Total">How many teachers match in all.</param>
/// <param name="Page">This page.</param>
/// <param name="PageSize">The page size used.</param>
internal sealed record SchoolTeachersPage(IReadOnlyList<SchoolTeacherItem> Items, int Total, int Page, int PageSize);

/// <summary>
/// A teacher of the school as its administrators see it: the school's own admins see the full name and
/// the ID number to 6+4; region admins above it see both masked (PersonalDataPolicy). Phones are masked for all.
/// </summary>
/// <param name="AccountId">The teacher's account, to decide on or remove.</param>
/// <param name="RealName">姓名: in full for the school's own admins, masked (张*) for region admins.</param>
/// <param name="IdNumberMasked">证件号码, masked: first 6 and last 4 for the school's own admins (110105********1234), first and last 2 for region admins (37**************23).</param>
/// <param name="Phone">手机号, masked (139****5678).</param>
/// <param name="Gender">性别.</param>
/// <param name="Stage">学段.</param>
/// <param name="Subject">学科领域.</param>
/// <param name="Title">职称.</param>
/// <param name="IsPsychologyTeacher">是否心理健康教育教师.</param>
/// <param name="IsHeadTeacher">是否担任班主任.</param>
/// <param name="Status">pending, approved or rejected.</param>
/// <param name="Reason">The reason of a rejection.</param>
/// <param name="SubmittedAt">When the teacher submitted.</param>
/// <param name="DecidedAt">When it was decided.</param>
internal sealed record SchoolTeacherItem(
    Guid AccountId,
    string? RealName,
    string? IdNumberMasked,
    string Phone,
    Gender? Gender,
    string? Stage,
    string? Subject,
    string? Title,
    bool? IsPsychologyTeacher,
    bool? IsHeadTeacher,
    VerificationStatus Status,
    string? Reason,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt);
