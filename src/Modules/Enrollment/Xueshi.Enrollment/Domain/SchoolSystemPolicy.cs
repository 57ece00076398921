using Xueshi.Accounts.Contracts;

namespace Xueshi.Enrollment.Domain;

/// <summary>
/// Which 学制 a program admits, and what it tells the others: a basic-education program turns away
/// 中职, 高职, 技工学校, 职业本科 and 高等教育 (本平台为基础教育教师学习平台…); the higher-education
/// program sends vocational schools to the vocational one (<see cref="RedirectProgramId"/>).
/// </summary>
/// <param name="Admitted">Empty admits every 学制.</param>
/// <param name="RefusalMessage">Shown to a teacher whose school is not admitted.</param>
/// <param name="RedirectProgramId">Where to go instead, when the platform has that program.</param>
internal sealed record SchoolSystemPolicy(IReadOnlyList<SchoolSystem> Admitted, string? RefusalMessage, Guid? RedirectProgramId)
{
    public static readonly SchoolSystemPolicy AdmitAll = new([], null, null);

    public static readonly IReadOnlyList<SchoolSystem> BasicEducation =
    [
        SchoolSystem.Kindergarten, SchoolSystem.Primary, SchoolSystem.JuniorSecondary, SchoolSystem.SeniorSecondary,
        SchoolSystem.Combined, SchoolSystem.SpecialEducation,
    ];

    public static readonly IReadOnlyList<SchoolSystem> VocationalSchools =
    [
        SchoolSystem.SecondaryVocational, SchoolSystem.HigherVocational, SchoolSystem.TechnicalSchool,
        SchoolSystem.VocationalUndergraduate,
    ];

    public const string BasicEducationRefusal =
        "本平台为基础教育教师学习平台，中职、高职、技工学校、职业本科和高等教育学校教师请登录相应平台参加培训。";

    public bool Admits(SchoolSystem system) => Admitted.Count == 0 || Admitted.Contains(system);
}
