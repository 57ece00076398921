using Xueshi.CreditRules.Domain;

namespace Xueshi.CreditRules.Tests.Builders;

/// <summary>Rule sets written the way an operator would fill the form.</summary>
internal static class Rules
{
    public static RuleSet Program(decimal required, params CourseRule[] courses) =>
        new(null, required, null, RuleSet.DefaultMinutesPerHour, false, false, [], courses);

    public static CourseRule Minutes(CourseBuilder course, decimal required, decimal? max, params (int Minutes, decimal Hours)[] thresholds) =>
        new(course.CourseId, required, max,
            new CreditBasis(CreditBasisKind.StudyMinutes, [.. thresholds.Select(t => new MinutesThreshold(t.Minutes, t.Hours))], null, null, null),
            false, false, false);

    public static CourseRule PerResource(CourseBuilder course, decimal required, decimal? max, decimal defaultHours, params (Guid Resource, decimal Hours)[] listed) =>
        new(course.CourseId, required, max,
            new CreditBasis(CreditBasisKind.PerResource, null, [.. listed.Select(l => new ResourceCredit(l.Resource, l.Hours))], defaultHours, null),
            false, false, false);

    public static CourseRule PerLesson(CourseBuilder course, decimal hoursPerLesson, decimal required = 0, decimal? max = null) =>
        new(course.CourseId, required, max, new CreditBasis(CreditBasisKind.PerLesson, null, null, null, hoursPerLesson), false, false, false);

    public static CourseRule Extension(CourseBuilder course) =>
        new(course.CourseId, 0, 0, new CreditBasis(CreditBasisKind.PerResource, null, [], 0, null), false, false, true);
}
