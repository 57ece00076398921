using Xueshi.BuildingBlocks.Localization;
using Xueshi.Enrollment.Contracts;
using static Xueshi.CreditRules.Domain.CreditWords;

namespace Xueshi.CreditRules.Domain;

/// <summary>
/// Whether a rule set contradicts itself or the program it is for: a cap below a threshold, a total the
/// courses cannot reach, a role requirement with min &gt; max, a course or resource not in the program.
/// Pure; the save and publish handlers turn each problem into a field error (400 validation.failed).
/// Ranges of single fields (negative hours, empty lists) are the validator's; this is what only the
/// whole document, read against the outline, can tell.
/// </summary>
internal static class RuleSetConsistency
{
    public static IReadOnlyList<RuleSetProblem> Check(RuleSet rules, ProgramOutline outline)
    {
        var problems = new List<RuleSetProblem>();

        // What the courses can reach is told only once the document reads soundly: a threshold typed
        // wrong would otherwise also show as an unreachable course and total.
        var reach = new List<RuleSetProblem>();
        var outlineCourses = outline.Courses.ToDictionary(c => c.CourseId);

        if (rules.MinutesPerHour is < RuleSet.MinMinutesPerHour or > RuleSet.MaxMinutesPerHour)
        {
            problems.Add(new("minutesPerHour", RuleSetProblemCodes.MinutesPerHourOutOfRange, Localized.Pick(
                $"每学时的分钟数须在 {RuleSet.MinMinutesPerHour} 至 {RuleSet.MaxMinutesPerHour} 之间（现为 {rules.MinutesPerHour}）",
                $"Minutes per hour must be {RuleSet.MinMinutesPerHour} to {RuleSet.MaxMinutesPerHour} (it is {rules.MinutesPerHour})")));
        }

        if (rules.MaxTotalHours is { } maxTotal && maxTotal < rules.RequiredTotalHours)
        {
            problems.Add(new("maxTotalHours", RuleSetProblemCodes.MaxBelowRequired, Localized.Pick(
                $"本专题最多认定 {Hours(maxTotal)} 学时，低于要求的 {Hours(rules.RequiredTotalHours)} 学时",
                $"The program credits at most {Hours(maxTotal)} hours, below the {Hours(rules.RequiredTotalHours)} it requires")));
        }

        var seen = new HashSet<Guid>();
        var capacity = 0m;
        var lessonCapacity = 0;
        for (var i = 0; i < rules.Courses.Count; i++)
        {
            var rule = rules.Courses[i];
            var path = $"courses[{i}]";
            if (!seen.Add(rule.CourseId))
            {
                problems.Add(new($"{path}.courseId", RuleSetProblemCodes.DuplicateCourse, Localized.Pick(
                    "同一课程设置了两条规则", "The course has a rule already")));
                continue;
            }

            if (!outlineCourses.TryGetValue(rule.CourseId, out var course))
            {
                problems.Add(new($"{path}.courseId", RuleSetProblemCodes.UnknownCourse, Localized.Pick(
                    "该课程不在本专题中", "The course is not in this program")));
                continue;
            }

            var basisComplete = CheckBasis(rule, course, path, problems);
            CheckCaps(rule, path, problems);
            if (!basisComplete || rule.IsExtension)
            {
                continue;
            }

            var (gives, lessons) = CourseCapacity(rule, course);
            lessonCapacity += lessons;
            capacity += gives;
            if (rule.RequiredHours > gives && (rule.MaxHours is null || rule.RequiredHours <= rule.MaxHours))
            {
                reach.Add(new($"{path}.requiredHours", RuleSetProblemCodes.RequiredAboveCap, Localized.Pick(
                    $"本课程的资源最多可认定 {Hours(gives)} 学时，达不到要求的 {Hours(rule.RequiredHours)} 学时",
                    $"The course's resources can credit at most {Hours(gives)} hours, short of the {Hours(rule.RequiredHours)} it requires")));
            }
        }

        var programCapacity = rules.MaxTotalHours is { } programMax ? Math.Min(programMax, capacity) : capacity;
        if (rules.RoleRequirements.Count == 0 && programCapacity < rules.RequiredTotalHours)
        {
            reach.Add(new("requiredTotalHours", RuleSetProblemCodes.TotalUnreachable, Localized.Pick(
                $"各课程最多可认定 {Hours(programCapacity)} 学时，达不到本专题要求的 {Hours(rules.RequiredTotalHours)} 学时",
                $"The courses can credit at most {Hours(programCapacity)} hours, short of the {Hours(rules.RequiredTotalHours)} the program requires")));
        }

        for (var k = 0; k < rules.RoleRequirements.Count; k++)
        {
            var role = rules.RoleRequirements[k];
            var path = $"roleRequirements[{k}]";
            if (role.MinHours > role.MaxHours)
            {
                problems.Add(new($"{path}.minHours", RuleSetProblemCodes.RoleMinAboveMax, Localized.Pick(
                    $"{RoleName(role.Role)}的最少学时 {Hours(role.MinHours)} 高于最多学时 {Hours(role.MaxHours)}",
                    $"The {RoleName(role.Role)}'s minimum of {Hours(role.MinHours)} hours is above its maximum of {Hours(role.MaxHours)}")));
            }
            else if (role.MinHours > programCapacity)
            {
                reach.Add(new($"{path}.minHours", RuleSetProblemCodes.RoleMinAboveMax, Localized.Pick(
                    $"各课程最多可认定 {Hours(programCapacity)} 学时，达不到{RoleName(role.Role)}要求的 {Hours(role.MinHours)} 学时",
                    $"The courses can credit at most {Hours(programCapacity)} hours, short of the {Hours(role.MinHours)} a {RoleName(role.Role)} needs")));
            }

            if (role.MinLessons > lessonCapacity)
            {
                reach.Add(new($"{path}.minLessons", RuleSetProblemCodes.RoleMinAboveMax, Localized.Pick(
                    $"本专题可认定的课时只有 {lessonCapacity} 节，达不到{RoleName(role.Role)}要求的 {role.MinLessons} 节",
                    $"The program has only {lessonCapacity} creditable lessons, short of the {role.MinLessons} a {RoleName(role.Role)} needs")));
            }
        }

        return problems.Count > 0 ? problems : reach;
    }

    /// <summary>Exactly the part the kind names is set, thresholds increase, listed resources are the course's.</summary>
    /// <returns>Whether the basis can be read at all.</returns>
    private static bool CheckBasis(CourseRule rule, OutlineCourse course, string path, List<RuleSetProblem> problems)
    {
        var basis = rule.Basis;
        var basisPath = $"{path}.basis";
        var minutes = basis.Kind == CreditBasisKind.StudyMinutes;
        var perResource = basis.Kind == CreditBasisKind.PerResource;
        var perLesson = basis.Kind == CreditBasisKind.PerLesson;
        var complete = true;

        void Part(bool wanted, bool present, string field)
        {
            if (wanted && !present)
            {
                complete = false;
                problems.Add(new($"{basisPath}.{field}", RuleSetProblemCodes.BasisIncomplete, Localized.Pick(
                    $"认定方式为“{KindName(basis.Kind)}”时须填写 {field}", $"{field} is needed when the basis is {basis.Kind}")));
            }
            else if (!wanted && present)
            {
                problems.Add(new($"{basisPath}.{field}", RuleSetProblemCodes.BasisIncomplete, Localized.Pick(
                    $"认定方式为“{KindName(basis.Kind)}”时不应填写 {field}", $"{field} does not belong to the basis {basis.Kind}")));
            }
        }

        Part(minutes, basis.Thresholds is { Count: > 0 }, "thresholds");
        Part(perLesson, basis.HoursPerLesson is not null, "hoursPerLesson");

        // perResource needs listed hours or a default (an unlisted resource then credits 0), as the validator reads it.
        Part(perResource, basis.DefaultResourceHours is not null || (perResource && basis.ResourceHours is not null), "defaultResourceHours");
        if (!perResource && basis.ResourceHours is { Count: > 0 })
        {
            Part(false, true, "resourceHours");
        }

        if (minutes && basis.Thresholds is { } thresholds)
        {
            for (var j = 1; j < thresholds.Count; j++)
            {
                if (thresholds[j].Minutes <= thresholds[j - 1].Minutes || thresholds[j].Hours <= thresholds[j - 1].Hours)
                {
                    problems.Add(new($"{basisPath}.thresholds[{j}]", RuleSetProblemCodes.ThresholdsNotIncreasing, Localized.Pick(
                        $"每一档的分钟数和学时都须高于上一档（{thresholds[j - 1].Minutes} 分钟 → {Hours(thresholds[j - 1].Hours)} 学时）",
                        $"Each threshold needs more minutes and more hours than the one before ({thresholds[j - 1].Minutes} min → {Hours(thresholds[j - 1].Hours)} h)")));
                }
            }
        }

        if (perResource && basis.ResourceHours is { } listed)
        {
            var ids = course.Resources.Select(r => r.ResourceId).ToHashSet();
            for (var j = 0; j < listed.Count; j++)
            {
                if (!ids.Contains(listed[j].ResourceId))
                {
                    problems.Add(new($"{basisPath}.resourceHours[{j}].resourceId", RuleSetProblemCodes.UnknownResource, Localized.Pick(
                        $"该资源不在课程《{course.Title}》中", $"The resource is not in the course {course.Title}")));
                }
            }
        }

        return complete;
    }

    private static void CheckCaps(CourseRule rule, string path, List<RuleSetProblem> problems)
    {
        if (rule.MaxHours is not { } max)
        {
            return;
        }

        if (rule.RequiredHours > max)
        {
            problems.Add(new($"{path}.requiredHours", RuleSetProblemCodes.RequiredAboveCap, Localized.Pick(
                $"本课程要求 {Hours(rule.RequiredHours)} 学时，高于最多认定的 {Hours(max)} 学时",
                $"The course requires {Hours(rule.RequiredHours)} hours, more than the {Hours(max)} it credits at most")));
        }

        var above = rule.Basis.Kind == CreditBasisKind.StudyMinutes
            ? (rule.Basis.Thresholds ?? []).Where(t => t.Hours > max).OrderBy(t => t.Hours).FirstOrDefault()
            : null;
        if (above is not null)
        {
            problems.Add(new($"{path}.maxHours", RuleSetProblemCodes.CapBelowThreshold, Localized.Pick(
                $"最多认定 {Hours(max)} 学时，低于“{above.Minutes} 分钟认定 {Hours(above.Hours)} 学时”这一档",
                $"The cap of {Hours(max)} hours is below the threshold of {above.Minutes} minutes for {Hours(above.Hours)} hours")));
        }
    }

    /// <summary>
    /// The most a course can credit to a teacher who completes every resource still open (archived ones
    /// and course tests credit nothing new, extension resources never), within its cap; and its lessons.
    /// </summary>
    private static (decimal Hours, int Lessons) CourseCapacity(CourseRule rule, OutlineCourse course)
    {
        var creditable = course.Resources
            .Where(r => !r.IsArchived && !r.IsExtension && r.Kind != ResourceKind.CourseTest)
            .ToList();
        var basis = rule.Basis;
        decimal gives;
        switch (basis.Kind)
        {
            case CreditBasisKind.StudyMinutes:
                var minutes = creditable.Sum(StudySecondsOf) / 60;
                gives = (basis.Thresholds ?? []).Where(t => t.Minutes <= minutes).Select(t => t.Hours).DefaultIfEmpty(0).Max();
                break;
            case CreditBasisKind.PerResource:
                var listed = (basis.ResourceHours ?? []).GroupBy(r => r.ResourceId).ToDictionary(g => g.Key, g => g.First().Hours);
                gives = creditable.Sum(r => listed.TryGetValue(r.ResourceId, out var h) ? h : basis.DefaultResourceHours ?? 0);
                break;
            default:
                gives = creditable.Count * (basis.HoursPerLesson ?? 0);
                break;
        }

        return (rule.MaxHours is { } max ? Math.Min(max, gives) : gives, creditable.Count);
    }

    private static string KindName(CreditBasisKind kind) => kind switch
    {
        CreditBasisKind.StudyMinutes => "按学习分钟",
        CreditBasisKind.PerResource => "按资源",
        _ => "按课时",
    };

    /// <summary>已学习 a resource gives once complete, as LearningProgress counts it.</summary>
    private static int StudySecondsOf(ResourceFacts resource) => resource.Kind == ResourceKind.Video
        ? (int)Math.Round(resource.DurationSeconds ?? 0, MidpointRounding.AwayFromZero)
        : (resource.StudyMinutes ?? 0) * 60;
}

/// <param name="Field">The JSON path of the field at fault, as FluentValidation names it (courses[1].maxHours).</param>
/// <param name="Code">credit.* (credit.cap_below_threshold, credit.total_unreachable, credit.role_min_above_max…).</param>
/// <param name="Message">What is wrong, in the operator's words (Chinese, or English with Accept-Language: en).</param>
internal sealed record RuleSetProblem(string Field, string Code, string Message);

/// <summary>The stable codes of <see cref="RuleSetProblem"/>.</summary>
internal static class RuleSetProblemCodes
{
    public const string CapBelowThreshold = "credit.cap_below_threshold";
    public const string ThresholdsNotIncreasing = "credit.thresholds_not_increasing";
    public const string RequiredAboveCap = "credit.required_above_cap";
    public const string TotalUnreachable = "credit.total_unreachable";
    public const string RoleMinAboveMax = "credit.role_min_above_max";
    public const string MaxBelowRequired = "credit.max_below_required";
    public const string BasisIncomplete = "credit.basis_incomplete";
    public const string UnknownCourse = "credit.unknown_course";
    public const string DuplicateCourse = "credit.duplicate_course";
    public const string UnknownResource = "credit.unknown_resource";
    public const string MinutesPerHourOutOfRange = "credit.minutes_per_hour_out_of_range";
}
