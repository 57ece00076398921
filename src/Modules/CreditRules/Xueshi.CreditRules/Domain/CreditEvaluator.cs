using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.CreditRules.Domain;

/// <summary>
/// Rule set + facts → statement. Pure: no database, no clock but the instant given, no I/O, so every
/// edition is unit-tested as a table of scenarios. The facts are the program's outline (Enrollment), the
/// teacher's progress on its resources (LearningProgress) and the teacher's status (Accounts).
/// </summary>
internal static class CreditEvaluator
{
    public static CreditStatement Evaluate(
        RuleSet rules, int version, ProgramOutline outline, IReadOnlyList<ResourceProgressFacts> progress, TeacherStatus teacher, DateTimeOffset now) =>
        throw new NotImplementedException("Helper A implements the evaluation.");
}
