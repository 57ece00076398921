using Xueshi.BuildingBlocks.Localization;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Features.Views;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.CreditRules.Features.Statements;

/// <summary>A statement as the progress page shows it: the outline's titles and kinds, the circles and percentages from the facts.</summary>
internal static class StatementViews
{
    public static ProgramCreditView From(ProgramOutline outline, IReadOnlyList<ResourceProgressFacts> progress, RuleSet rules, CreditStatement statement)
    {
        var facts = progress.ToDictionary(p => p.ResourceId);
        var courses = statement.Courses.ToDictionary(c => c.CourseId);
        return new ProgramCreditView(
            outline.ProgramId,
            outline.Title,
            statement.RuleSetVersion,
            rules.Description,
            statement.EvaluatedAt,
            statement.StudySeconds,
            statement.CreditedHours,
            statement.RequiredHours,
            statement.MaxHours,
            statement.HoursMet,
            statement.Status,
            statement.IsComplete,
            statement.Role,
            statement.UnmetConditions,
            [.. outline.Courses.Select(course => courses.TryGetValue(course.CourseId, out var counted)
                ? Course(course, counted, facts)
                : Uncounted(course, facts, [])),
            ]);
    }

    /// <summary>No rules in force: progress shown, nothing credited, and the page says why.</summary>
    public static ProgramCreditView Unpublished(ProgramOutline outline, IReadOnlyList<ResourceProgressFacts> progress, DateTimeOffset now)
    {
        var facts = progress.ToDictionary(p => p.ResourceId);
        var courses = outline.Courses.Select(c => Uncounted(c, facts, [])).ToList();
        return new ProgramCreditView(
            outline.ProgramId,
            outline.Title,
            null,
            null,
            now,
            courses.Sum(c => c.StudySeconds),
            0,
            0,
            null,
            false,
            CreditStatus.Provisional,
            false,
            null,
            [RulesNotPublished],
            courses);
    }

    public static CreditReason RulesNotPublished => new(CreditReasonCodes.RulesNotPublished, Localized.Pick(
        "该专题的学时认定规则尚未发布，暂不认定学时。", "The program's credit rules are not published yet: no hours are credited."));

    private static CourseCreditView Course(OutlineCourse course, CourseStatement statement, Dictionary<Guid, ResourceProgressFacts> facts)
    {
        var counted = statement.Resources;
        var rows = new List<ResourceCreditView>(counted.Count);
        var next = 0;
        foreach (var resource in course.Resources)
        {
            var fact = facts.GetValueOrDefault(resource.ResourceId);
            if (!CourseCredit.IsShown(resource, fact))
            {
                continue;
            }

            // The statement lists the resources shown in the outline's order (CourseCredit): walked alongside, not looked up.
            var at = next < counted.Count && counted[next].ResourceId == resource.ResourceId ? next : IndexOf(counted, resource.ResourceId);
            if (at >= 0)
            {
                var evaluated = counted[at];
                next = at + 1;
                rows.Add(Resource(resource, fact, evaluated.StudySeconds, evaluated.Counts, evaluated.CreditedHours, evaluated.Reasons));
            }
            else
            {
                rows.Add(Resource(resource, fact, fact?.StudySeconds ?? 0, false, null, NotCounted(resource, fact)));
            }
        }

        return new CourseCreditView(
            course.CourseId,
            course.Title,
            statement.StudySeconds,
            statement.CreditedHours,
            statement.RequiredHours,
            statement.MaxHours,
            statement.IsExtension,
            statement.Met,
            statement.CompletedLessons,
            statement.Reasons,
            rows);
    }

    private static CourseCreditView Uncounted(OutlineCourse course, Dictionary<Guid, ResourceProgressFacts> facts, IReadOnlyList<CreditReason> reasons)
    {
        var rows = new List<ResourceCreditView>(course.Resources.Count);
        var studySeconds = 0;
        foreach (var resource in course.Resources)
        {
            var fact = facts.GetValueOrDefault(resource.ResourceId);
            if (CourseCredit.IsShown(resource, fact))
            {
                rows.Add(Resource(resource, fact, fact?.StudySeconds ?? 0, false, null, NotCounted(resource, fact)));
                studySeconds += fact?.StudySeconds ?? 0;
            }
        }

        return new CourseCreditView(course.CourseId, course.Title, studySeconds, 0, 0, null, false, false, 0, reasons, rows);
    }

    private static int IndexOf(IReadOnlyList<ResourceStatement> resources, Guid resourceId)
    {
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i].ResourceId == resourceId)
            {
                return i;
            }
        }

        return -1;
    }

    // A resource the rules did not evaluate (no rules published): why it counts for nothing, in the evaluator's words.
    private static IReadOnlyList<CreditReason> NotCounted(ResourceFacts resource, ResourceProgressFacts? fact) =>
        resource.IsExtension ? CreditWords.ExtensionOnly()
        : fact is { State: LearningState.Completed } ? []
        : fact is null or { State: LearningState.NotStarted } ? CreditWords.NotStartedOnly()
        : fact is { IncompleteReasons.Count: > 0 } ? [.. fact.IncompleteReasons.Select(r => new CreditReason(r.Code, r.Message))]
        : CreditWords.NotCompleteOnly();

    private static ResourceCreditView Resource(ResourceFacts resource, ResourceProgressFacts? fact, int studySeconds, bool counts, decimal? hours,
        IReadOnlyList<CreditReason> reasons) =>
        new(resource.ResourceId, resource.Title, resource.Kind, resource.IsExtension, fact?.State ?? LearningState.NotStarted, Percent(resource, fact),
            studySeconds, counts, hours, reasons);

    // As the progress page computes it: a video's watched part of its duration, a text's reading time over its minimum.
    private static double Percent(ResourceFacts resource, ResourceProgressFacts? fact)
    {
        if (fact is null)
        {
            return 0;
        }

        if (fact.State == LearningState.Completed)
        {
            return 100;
        }

        (double done, double whole) = resource.DurationSeconds is > 0
            ? (fact.WatchedSeconds, resource.DurationSeconds.Value)
            : (fact.ReadingSeconds, (double)(resource.MinReadingSeconds ?? 0));
        return whole <= 0 ? 0 : Math.Round(Math.Min(100, 100 * done / whole), 1);
    }
}
