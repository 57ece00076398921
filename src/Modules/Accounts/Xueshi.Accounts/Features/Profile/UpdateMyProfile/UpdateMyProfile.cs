using MediatR;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.Profile.UpdateMyProfile;

/// <summary>
/// The whole profile as the form holds it. Every field may be empty: a teacher may save a partial
/// profile, and the answer's completeness says what is still missing. Choice fields take the
/// values of GET /api/v1/profile-options.
/// </summary>
/// <param name="RealName">姓名: 1-50 Chinese characters or letters, with · between parts of a name.</param>
/// <param name="IdType">证件类型; given together with idNumber.</param>
/// <param name="IdNumber">证件号码: a resident ID number must pass the GB 11643 check; others 5-30 letters, digits, ( ) or -.</param>
/// <param name="Gender">性别; must agree with a resident ID number.</param>
/// <param name="Ethnicity">民族.</param>
/// <param name="PoliticalStatus">政治面貌.</param>
/// <param name="Education">最高学历.</param>
/// <param name="TeacherType">教师类型.</param>
/// <param name="SchoolId">所在学校; choosing one submits the data to its administrators (pending).</param>
/// <param name="Stage">学段.</param>
/// <param name="Subject">学科领域.</param>
/// <param name="Title">职称.</param>
/// <param name="IsPsychologyTeacher">是否心理健康教育教师.</param>
/// <param name="IsHeadTeacher">是否担任班主任.</param>
/// <param name="EntryYear">入职年份, 1950 to this year.</param>
/// <param name="Honours">荣誉称号, up to 500 characters.</param>
/// <param name="ItAbility">信息技术应用能力.</param>
/// <param name="IsBackboneTeacher">是否骨干教师.</param>
/// <param name="IsSubjectLeader">是否学科带头人.</param>
/// <param name="IsResearcher">是否教研员.</param>
internal sealed record UpdateMyProfile(
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
    bool? IsResearcher) : IRequest<MyProfileResponse>
{
    /// <summary>The validated input; an empty ID number counts as none.</summary>
    public TeacherProfileData ToData() => new(
        RealName, IdType, string.IsNullOrWhiteSpace(IdNumber) ? null : IdNumber, Gender, Ethnicity, PoliticalStatus, Education, TeacherType,
        SchoolId, Stage, Subject, Title, IsPsychologyTeacher, IsHeadTeacher, EntryYear, Honours, ItAbility,
        IsBackboneTeacher, IsSubjectLeader, IsResearcher);
}
