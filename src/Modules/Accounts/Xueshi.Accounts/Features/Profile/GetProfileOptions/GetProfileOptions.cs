using MediatR;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.Profile.GetProfileOptions;

internal sealed record GetProfileOptions : IRequest<ProfileOptionsResponse>;

/// <summary>
/// The choice lists of the profile form. Text fields accept exactly these values; enum fields
/// (idTypes, genders) take the camelCase value.
/// </summary>
/// <param name="IdTypes">证件类型.</param>
/// <param name="Genders">性别.</param>
/// <param name="Ethnicities">民族: the 56 in standard order, then 其他.</param>
/// <param name="PoliticalStatuses">政治面貌.</param>
/// <param name="Educations">最高学历.</param>
/// <param name="TeacherTypes">教师类型.</param>
/// <param name="Stages">学段.</param>
/// <param name="Subjects">学科领域.</param>
/// <param name="Titles">职称.</param>
/// <param name="ItAbilities">信息技术应用能力.</param>
/// <param name="RequiredFields">The fields marked * (required for credit), by their JSON names.</param>
internal sealed record ProfileOptionsResponse(
    IReadOnlyList<ProfileOption> IdTypes,
    IReadOnlyList<ProfileOption> Genders,
    IReadOnlyList<ProfileOption> Ethnicities,
    IReadOnlyList<ProfileOption> PoliticalStatuses,
    IReadOnlyList<ProfileOption> Educations,
    IReadOnlyList<ProfileOption> TeacherTypes,
    IReadOnlyList<ProfileOption> Stages,
    IReadOnlyList<ProfileOption> Subjects,
    IReadOnlyList<ProfileOption> Titles,
    IReadOnlyList<ProfileOption> ItAbilities,
    IReadOnlyList<string> RequiredFields);
