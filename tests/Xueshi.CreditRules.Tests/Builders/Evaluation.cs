using System.Globalization;
using Xueshi.Accounts.Contracts;
using Xueshi.CreditRules.Domain;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Tests.Builders;

/// <summary>Runs the evaluator as a Chinese-speaking teacher sees it.</summary>
internal static class Evaluation
{
    public static CreditStatement Run(RuleSet rules, ProgramOutline outline, Progress progress, TeacherStatus teacher, DateTimeOffset? now = null)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            return CreditEvaluator.Evaluate(rules, 1, outline, progress.For(outline), teacher, now ?? outline.Window.EndsAt.AddDays(30));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>An instant in China Standard Time, as the manuals print times.</summary>
    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 12, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, StudyWindow.ChinaOffset);

    public static IReadOnlyList<string> Codes(this IEnumerable<CreditReason> reasons) => [.. reasons.Select(r => r.Code)];

    public static CourseStatement Course(this CreditStatement statement, CourseBuilder course) =>
        statement.Courses.Single(c => c.CourseId == course.CourseId);

    public static ResourceStatement Resource(this CreditStatement statement, ResourceFacts resource) =>
        statement.Courses.SelectMany(c => c.Resources).Single(r => r.ResourceId == resource.ResourceId);
}
