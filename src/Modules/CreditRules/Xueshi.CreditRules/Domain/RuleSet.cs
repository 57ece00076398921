
namespace Xueshi.CreditRules.Domain;

/// <summary>
/// 学时认定规则: one program's credit rules as data, the document an operator edits and publishes. Every
/// edition in DOMAIN.md (and next year's) is one of these with no code of its own. Stored as one JSON
/// document per version; a published version never changes (a change makes the next version).
/// </summary>
/// <param name="Description">What the rules say in the manual's words, shown to teachers (认定说明); states any reading taken (二十大: 1 学时 per 45 minutes, capped).</param>
/// <param name="RequiredTotalHours">The hours the program requires (6, 10); with role requirements, the role's minimum replaces it.</param>
/// <param name="MaxTotalHours">The most the program credits in all; null for the sum of the courses' caps.</param>
/// <param name="MinutesPerHour">Minutes of study per 学时 where a rule speaks of minutes (45).</param>
/// <param name="CreditWaitsForCompleteProfile">Hours stay provisional (待认定) while required profile fields are empty.</param>
/// <param name="CreditWaitsForVerification">Hours stay provisional until the school verified the teacher (审核认证通过).</param>
/// <param name="RoleRequirements">
/// Requirements by the role the school verified (psychology teacher, head teacher). Empty: anyone may
/// complete. Otherwise a teacher verified in any listed role meets that role's requirement, one verified in
/// several meets whichever is met; a teacher in none gets time recorded and nothing credited.
/// </param>
/// <param name="Courses">One rule per course of the program; a course of the program with no rule credits nothing.</param>
internal sealed record RuleSet(
    string? Description,
    decimal RequiredTotalHours,
    decimal? MaxTotalHours,
    int MinutesPerHour,
    bool CreditWaitsForCompleteProfile,
    bool CreditWaitsForVerification,
    IReadOnlyList<RoleRequirement> RoleRequirements,
    IReadOnlyList<CourseRule> Courses)
{
    public const int DefaultMinutesPerHour = 45;

    /// <summary>The range of <see cref="MinutesPerHour"/>, checked by the validator (whose limits the OpenAPI document shows) and by <see cref="RuleSetConsistency"/>.</summary>
    public const int MinMinutesPerHour = 1;

    public const int MaxMinutesPerHour = 120;
}

/// <summary>A role whose holders are credited under their own requirement (心理健康教育专兼职教师 ≥ 15 节, 15–20 学时).</summary>
/// <param name="Role">psychologyTeacher or headTeacher, as the school verified it.</param>
/// <param name="MinLessons">Lessons (completed, credited resources) needed at least.</param>
/// <param name="MinHours">Hours needed at least: the requirement replacing the program's total.</param>
/// <param name="MaxHours">The most credited to this role.</param>
internal sealed record RoleRequirement(TeacherRole Role, int MinLessons, decimal MinHours, decimal MaxHours);

/// <summary>The roles a school verifies that credit rules can ask for.</summary>
internal enum TeacherRole
{
    /// <summary>心理健康教育专兼职教师.</summary>
    PsychologyTeacher,

    /// <summary>班主任.</summary>
    HeadTeacher,
}

/// <summary>How one course of the program credits hours.</summary>
/// <param name="CourseId">The course, as the program's outline lists it.</param>
/// <param name="RequiredHours">Hours the course must credit to count as met (认定 2 学时); 0 when only the program total matters (psychology lessons).</param>
/// <param name="MaxHours">The most the course credits (最多认定 6 学时); null for no cap of its own.</param>
/// <param name="Basis">How completed resources turn into hours.</param>
/// <param name="QuizzesGate">A video with a quiz credits only once its quiz is complete (完成视频结尾的测试题).</param>
/// <param name="CourseTestGates">The course credits nothing until its course tests (课程测试) are complete (完成试题后).</param>
/// <param name="IsExtension">拓展课程: time recorded, never credited.</param>
internal sealed record CourseRule(
    Guid CourseId,
    decimal RequiredHours,
    decimal? MaxHours,
    CreditBasis Basis,
    bool QuizzesGate,
    bool CourseTestGates,
    bool IsExtension);

/// <summary>
/// One of three ways a course turns completed resources into hours. Exactly one of the three parts is set,
/// named by <see cref="Kind"/>.
/// </summary>
/// <param name="Kind">studyMinutes, perResource or perLesson.</param>
/// <param name="Thresholds">studyMinutes: the completed resources' study minutes against a table (≥ 45 → 1, ≥ 90 → 2); the highest reached applies.</param>
/// <param name="ResourceHours">perResource: the hours of each listed resource, credited when it is complete.</param>
/// <param name="DefaultResourceHours">perResource: the hours of a resource not listed (0 to credit only the listed ones).</param>
/// <param name="HoursPerLesson">perLesson: hours per completed lesson (a video, with its quiz where it has one).</param>
internal sealed record CreditBasis(
    CreditBasisKind Kind,
    IReadOnlyList<MinutesThreshold>? Thresholds,
    IReadOnlyList<ResourceCredit>? ResourceHours,
    decimal? DefaultResourceHours,
    decimal? HoursPerLesson);

internal enum CreditBasisKind
{
    /// <summary>Completed study minutes against a threshold table (2023 winter: 2 学时 for ≥ 90 minutes).</summary>
    StudyMinutes,

    /// <summary>Each completed resource credits its own hours (2023 summer, 2024 winter, 2025 summer).</summary>
    PerResource,

    /// <summary>Each completed lesson credits the same hours (the psychology training: 1 学时 per lesson).</summary>
    PerLesson,
}

/// <param name="Minutes">Study minutes needed, at least.</param>
/// <param name="Hours">Hours credited once reached.</param>
internal sealed record MinutesThreshold(int Minutes, decimal Hours);

/// <param name="ResourceId">A resource of the course.</param>
/// <param name="Hours">Its credit once complete.</param>
internal sealed record ResourceCredit(Guid ResourceId, decimal Hours);
