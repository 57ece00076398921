using MediatR;

namespace Xueshi.CreditRules.Contracts;

/// <summary>
/// 结业: whether a teacher completed a program under its published credit rules, with the hours per course
/// and every unmet condition in words, for certificates. Null when there is no such program or no such account.
/// </summary>
public sealed record GetProgramCompletion(Guid TeacherId, Guid ProgramId) : IRequest<ProgramCompletion?>;

/// <param name="TeacherId">The teacher.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="RuleSetVersion">The published rule set's version evaluated; null when the program has none published (nothing is credited).</param>
/// <param name="IsComplete">Hours met and every condition met: the hours are recognised (已认定).</param>
/// <param name="HoursMet">The credit requirement alone is met (the hours may still wait for verification).</param>
/// <param name="CreditedHours">已认定 in the program (provisional while not complete).</param>
/// <param name="RequiredHours">The requirement that applied (the program's, or the teacher's role's).</param>
/// <param name="StudySeconds">已学习 in the program.</param>
/// <param name="Courses">Hours per course, in the program's order.</param>
/// <param name="VerifiedRole">The verified role whose requirement was met (psychologyTeacher, headTeacher); null when the program has none.</param>
/// <param name="UnmetConditions">Every condition not met, in the teacher's words; empty when complete.</param>
public sealed record ProgramCompletion(
    Guid TeacherId,
    Guid ProgramId,
    int? RuleSetVersion,
    bool IsComplete,
    bool HoursMet,
    decimal CreditedHours,
    decimal RequiredHours,
    int StudySeconds,
    IReadOnlyList<CourseCompletion> Courses,
    string? VerifiedRole,
    IReadOnlyList<UnmetCondition> UnmetConditions);

/// <param name="CourseId">The course.</param>
/// <param name="Title">Its title, as certificates print it.</param>
/// <param name="CreditedHours">已认定 from it.</param>
/// <param name="RequiredHours">What it requires (0 when only the total counts).</param>
/// <param name="StudySeconds">已学习 in it.</param>
public sealed record CourseCompletion(Guid CourseId, string Title, decimal CreditedHours, decimal RequiredHours, int StudySeconds);

/// <param name="Code">credit.* (credit.hours_short, credit.not_verified, credit.role_not_verified, credit.rules_not_published…).</param>
/// <param name="Message">In the teacher's words.</param>
public sealed record UnmetCondition(string Code, string Message);
