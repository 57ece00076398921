
namespace Xueshi.CreditRules.Domain;

/// <summary>
/// 学时认定: what a rule set makes of one teacher's progress in one program, per course and resource,
/// with every reason in words. Hours are provisional (待认定) until every condition of the program is met
/// (只有满足结业条件，获得的认定学时才可以被认定), and recognised (已认定) from then on.
/// </summary>
/// <param name="RuleSetVersion">The published version (or the draft, in a preview) it was evaluated with.</param>
/// <param name="EvaluatedAt">The instant it describes.</param>
/// <param name="StudySeconds">已学习 in the program: completed resources' study time, extension resources included.</param>
/// <param name="CreditedHours">已认定 in the program: the courses' hours, within the program's (or role's) maximum.</param>
/// <param name="RequiredHours">认定学时 required: the program's total, or the teacher's role's minimum.</param>
/// <param name="MaxHours">The most the program credits; null when only the courses' caps bound it.</param>
/// <param name="HoursMet">CreditedHours ≥ RequiredHours and every course (and role) requirement met.</param>
/// <param name="Status">provisional until <see cref="IsComplete"/>, then recognised; notEligible when the teacher's role earns no credit here.</param>
/// <param name="IsComplete">Hours met and every condition (profile, verification, role) met: 结业.</param>
/// <param name="Role">The role requirement applied, when the program has role requirements.</param>
/// <param name="UnmetConditions">Program-level reasons it is not complete (profile incomplete, not verified, 2 more lessons needed).</param>
/// <param name="Courses">In the outline's order.</param>
internal sealed record CreditStatement(
    int RuleSetVersion,
    DateTimeOffset EvaluatedAt,
    int StudySeconds,
    decimal CreditedHours,
    decimal RequiredHours,
    decimal? MaxHours,
    bool HoursMet,
    CreditStatus Status,
    bool IsComplete,
    RoleProgress? Role,
    IReadOnlyList<CreditReason> UnmetConditions,
    IReadOnlyList<CourseStatement> Courses);

internal enum CreditStatus
{
    /// <summary>待认定: hours counted, not yet recognised (requirement or a condition not met).</summary>
    Provisional,

    /// <summary>已认定: every condition met; the hours are the teacher's.</summary>
    Recognised,

    /// <summary>Time recorded, no credit: the program credits only roles the teacher was not verified in.</summary>
    NotEligible,
}

/// <summary>Where the teacher stands against a role requirement.</summary>
/// <param name="Role">The role applied (the one met, else the nearest to being met).</param>
/// <param name="Verified">The school verified the teacher in it.</param>
/// <param name="CompletedLessons">Lessons completed and credited.</param>
/// <param name="MinLessons">Lessons needed.</param>
/// <param name="MinHours">Hours needed.</param>
/// <param name="MaxHours">The most credited.</param>
internal sealed record RoleProgress(TeacherRole Role, bool Verified, int CompletedLessons, int MinLessons, decimal MinHours, decimal MaxHours);

/// <param name="CourseId">The course.</param>
/// <param name="StudySeconds">已学习 in the course (completed resources, extension ones included).</param>
/// <param name="CreditedHours">已认定 from the course, within its cap.</param>
/// <param name="RequiredHours">Hours the course must credit (0 when only the program total counts).</param>
/// <param name="MaxHours">认定 XX 学时: the most the course credits; null for no cap.</param>
/// <param name="IsExtension">拓展课程: time recorded, never credited.</param>
/// <param name="Met">CreditedHours ≥ RequiredHours (an extension course or one with nothing required is met).</param>
/// <param name="CompletedLessons">Credited resources completed (lessons, for role requirements).</param>
/// <param name="Reasons">Why hours of this course are not (yet) counted: the gate, the cap, 44 of the 45 minutes needed.</param>
/// <param name="Resources">In the outline's order.</param>
internal sealed record CourseStatement(
    Guid CourseId,
    int StudySeconds,
    decimal CreditedHours,
    decimal RequiredHours,
    decimal? MaxHours,
    bool IsExtension,
    bool Met,
    int CompletedLessons,
    IReadOnlyList<CreditReason> Reasons,
    IReadOnlyList<ResourceStatement> Resources);

/// <param name="ResourceId">The resource.</param>
/// <param name="StudySeconds">已学习 from it (its whole duration once complete, 0 before).</param>
/// <param name="Counts">It adds to the course's credit (complete, in the window, not an extension, not gated).</param>
/// <param name="CreditedHours">perResource and perLesson: the hours it credits; null where hours come from minutes.</param>
/// <param name="Reasons">Why it does not count (yet), in words; empty when it counts.</param>
internal sealed record ResourceStatement(Guid ResourceId, int StudySeconds, bool Counts, decimal? CreditedHours, IReadOnlyList<CreditReason> Reasons);

/// <summary>A reason, in the teacher's words, with a stable code for clients.</summary>
/// <param name="Code">credit.* (or learning.* for why a resource is not complete).</param>
/// <param name="Message">Chinese, or English with Accept-Language: en.</param>
internal sealed record CreditReason(string Code, string Message);
