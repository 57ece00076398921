using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.Profile;

/// <summary>
/// The teacher's own 个人信息 / 任教信息. The only answer in the API that shows the full ID number:
/// it goes to its owner alone.
/// </summary>
/// <param name="AccountId">The teacher's account.</param>
/// <param name="RealName">姓名.</param>
/// <param name="IdType">证件类型.</param>
/// <param name="IdNumber">证件号码, in full (the owner's own profile).</param>
/// <param name="Gender">性别.</param>
/// <param name="Ethnicity">民族.</param>
/// <param name="PoliticalStatus">政治面貌.</param>
/// <param name="Education">最高学历.</param>
/// <param name="TeacherType">教师类型.</param>
/// <param name="SchoolId">所在学校.</param>
/// <param name="Stage">学段.</param>
/// <param name="Subject">学科领域.</param>
/// <param name="Title">职称.</param>
/// <param name="IsPsychologyTeacher">是否心理健康教育教师.</param>
/// <param name="IsHeadTeacher">是否担任班主任.</param>
/// <param name="EntryYear">入职年份.</param>
/// <param name="Honours">荣誉称号.</param>
/// <param name="ItAbility">信息技术应用能力.</param>
/// <param name="IsBackboneTeacher">是否骨干教师.</param>
/// <param name="IsSubjectLeader">是否学科带头人.</param>
/// <param name="IsResearcher">是否教研员.</param>
/// <param name="School">The chosen school with its region path; null when none.</param>
/// <param name="Verification">审核认证: where the school's verification stands.</param>
/// <param name="LockedFields">Fields the teacher cannot change now: once approved, realName, idType, idNumber, schoolId, isPsychologyTeacher and isHeadTeacher.</param>
/// <param name="Completeness">Whether the required (*) fields are filled; an incomplete profile earns no credit.</param>
internal sealed record MyProfileResponse(
    Guid AccountId,
    string? RealName,
    IdDocumentType? IdType,
    string? IdNumber,
    Gender? Gender,
    string? Ethnicity,
    string? PoliticalStatus,
    string? Education,
    string? TeacherType,
    Guid? SchoolId,
    string? Stage,
    string? Subject,
    string? Title,
    bool? IsPsychologyTeacher,
    bool? IsHeadTeacher,
    int? EntryYear,
    string? Honours,
    string? ItAbility,
    bool? IsBackboneTeacher,
    bool? IsSubjectLeader,
    bool? IsResearcher,
    ProfileSchool? School,
    ProfileVerification Verification,
    IReadOnlyList<string> LockedFields,
    ProfileCompleteness Completeness);

/// <param name="Id">The school.</param>
/// <param name="Name">Its name; "其他" for a county's placeholder.</param>
/// <param name="SchoolSystem">学制.</param>
/// <param name="RegionPath">Province, city and county names, e.g. ["山东省","济南市","历下区"].</param>
/// <param name="IsOther">True for the county's "其他" entry, chosen while the real school is missing.</param>
internal sealed record ProfileSchool(Guid Id, string Name, SchoolSystem SchoolSystem, IReadOnlyList<string> RegionPath, bool IsOther);

/// <param name="Status">notSubmitted, pending, approved or rejected.</param>
/// <param name="Reason">The administrator's reason when rejected.</param>
/// <param name="SubmittedAt">When the data was last submitted to the school.</param>
/// <param name="DecidedAt">When the school's administrator decided.</param>
internal sealed record ProfileVerification(VerificationStatus Status, string? Reason, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt);

/// <param name="IsComplete">All required (*) fields are filled.</param>
/// <param name="MissingFields">The required fields still empty, by their JSON names.</param>
internal sealed record ProfileCompleteness(bool IsComplete, IReadOnlyList<string> MissingFields);
