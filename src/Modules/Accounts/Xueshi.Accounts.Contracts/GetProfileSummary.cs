using MediatR;

namespace Xueshi.Accounts.Contracts;

/// <summary>
/// What an enrollment dialog shows the teacher for checking (报名时请注意核实个人信息): the teacher's own
/// data, the ID number masked (the dialog is not the place to show it in full). Null when there is no such account.
/// </summary>
public sealed record GetProfileSummary(Guid AccountId) : IRequest<ProfileSummary?>;

/// <param name="RealName">姓名, null when not filled.</param>
/// <param name="IdNumberMasked">证件号码 masked (37**************23).</param>
/// <param name="SchoolName">所在学校; "其他" for a county's placeholder.</param>
/// <param name="RegionPath">Province, city and county of the school.</param>
/// <param name="Stage">学段.</param>
/// <param name="Subject">学科领域.</param>
/// <param name="Title">职称.</param>
public sealed record ProfileSummary(
    Guid AccountId,
    string Nickname,
    string? RealName,
    string? IdNumberMasked,
    string? SchoolName,
    IReadOnlyList<string> RegionPath,
    string? Stage,
    string? Subject,
    string? Title);

/// <summary>
/// Names to show others (a course review's author): the real name, or the nickname when there is
/// none, always masked to its first character (李*). Accounts not found are left out.
/// </summary>
public sealed record GetMaskedNames(IReadOnlyList<Guid> AccountIds) : IRequest<IReadOnlyDictionary<Guid, string>>;
