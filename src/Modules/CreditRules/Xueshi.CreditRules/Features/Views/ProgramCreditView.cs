using System.Text.Json.Serialization;
using Xueshi.CreditRules.Domain;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.CreditRules.Features.Views;

/// <summary>A teacher's program progress with its credit (查看学习进度): what the progress page shows, in one answer.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="Title">Its title.</param>
/// <param name="RuleSetVersion">The rule-set version evaluated (the draft's, in a preview); null when the program has no published rules yet (nothing is credited).</param>
/// <param name="RulesDescription">The rules in the manual's words (认定说明), as the operator wrote them.</param>
/// <param name="EvaluatedAt">The instant the statement describes.</param>
/// <param name="StudySeconds">已学习 in the program (completed resources, extension ones included).</param>
/// <param name="CreditedHours">已认定 in the program.</param>
/// <param name="RequiredHours">认定学时 required (the program's, or the teacher's role's).</param>
/// <param name="MaxHours">The most the program credits; null when only the courses' caps bound it.</param>
/// <param name="HoursMet">The credit requirement is met.</param>
/// <param name="Status">provisional (待认定), recognised (已认定) or notEligible (time recorded, no credit for the teacher's role).</param>
/// <param name="IsComplete">结业: hours met and every condition met.</param>
/// <param name="Role">Where the teacher stands against a role requirement, when the program has them.</param>
/// <param name="UnmetConditions">Program-level reasons it is not complete, in words.</param>
/// <param name="Courses">In the program's order.</param>
internal sealed record ProgramCreditView(
    Guid ProgramId,
    string Title,
    int? RuleSetVersion,
    string? RulesDescription,
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
    IReadOnlyList<CourseCreditView> Courses);

/// <param name="CourseId">The course.</param>
/// <param name="Title">Its title.</param>
/// <param name="StudySeconds">已学习 in the course.</param>
/// <param name="CreditedHours">已认定 from it (red below the requirement, blue once met).</param>
/// <param name="RequiredHours">Hours it must credit (0 when only the program total counts).</param>
/// <param name="MaxHours">认定 XX 学时: the most it credits; null for no cap.</param>
/// <param name="IsExtension">拓展课程: time recorded, never credited.</param>
/// <param name="Met">CreditedHours ≥ RequiredHours.</param>
/// <param name="CompletedLessons">Credited resources completed.</param>
/// <param name="Reasons">为什么没有计入学时？ at the course level (a gate, the cap, 44 of the 45 minutes needed).</param>
/// <param name="Resources">In chapter and section order (archived ones only when started).</param>
internal sealed record CourseCreditView(
    Guid CourseId,
    string Title,
    int StudySeconds,
    decimal CreditedHours,
    decimal RequiredHours,
    decimal? MaxHours,
    bool IsExtension,
    bool Met,
    int CompletedLessons,
    IReadOnlyList<CreditReason> Reasons,
    IReadOnlyList<ResourceCreditView> Resources);

/// <param name="ResourceId">The resource.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">video, text or courseTest.</param>
/// <param name="IsExtension">拓展资源.</param>
/// <param name="State">The circle: notStarted, inProgress, completed.</param>
/// <param name="PercentWatched">A video's part watched (a text: reading time over its minimum), 0 to 100.</param>
/// <param name="StudySeconds">已学习 from it.</param>
/// <param name="Counts">It adds to the course's credit.</param>
/// <param name="CreditedHours">The hours it credits where hours come per resource or lesson; null where they come from minutes.</param>
/// <param name="Reasons">Why it does not count (yet): not started (credit.not_started, the one reason), not complete (credit.not_complete, then the learning.* reasons saying what is missing), an extension, outside the window, a gate.</param>
[JsonConverter(typeof(ResourceCreditViewJson))]
internal sealed record ResourceCreditView(
    Guid ResourceId,
    string Title,
    ResourceKind Kind,
    bool IsExtension,
    LearningState State,
    double PercentWatched,
    int StudySeconds,
    bool Counts,
    decimal? CreditedHours,
    IReadOnlyList<CreditReason> Reasons);
