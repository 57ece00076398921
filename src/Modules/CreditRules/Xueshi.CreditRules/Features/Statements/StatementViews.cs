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
        var resources = statement.Resources.ToDictionary(r => r.ResourceId);
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
            [.. Shown(course, facts).Select(r => resources.TryGetValue(r.ResourceId, out var counted)
                ? Resource(r, facts.GetValueOrDefault(r.ResourceId), counted.StudySeconds, counted.Counts, counted.CreditedHours, counted.Reasons)
                : Resource(r, facts.GetValueOrDefault(r.ResourceId), StudyOf(facts, r), false, null, NotCounted(r, facts)))]);
    }

    private static CourseCreditView Uncounted(OutlineCourse course, Dictionary<Guid, ResourceProgressFacts> facts, IReadOnlyList<CreditReason> reasons)
    {
        var resources = Shown(course, facts)
            .Select(r => Resource(r, facts.GetValueOrDefault(r.ResourceId), StudyOf(facts, r), false, null, NotCounted(r, facts)))
            .ToList();
        return new CourseCreditView(course.CourseId, course.Title, resources.Sum(r => r.StudySeconds), 0, 0, null, false, false, 0, reasons, resources);
    }

    // Archived resources are shown only once started: progress on them stays progress.
    private static IEnumerable<ResourceFacts> Shown(OutlineCourse course, Dictionary<Guid, ResourceProgressFacts> facts) =>
        course.Resources.Where(r => !r.IsArchived || facts.GetValueOrDefault(r.ResourceId) is { State: not LearningState.NotStarted });

    private static int StudyOf(Dictionary<Guid, ResourceProgressFacts> facts, ResourceFacts resource) =>
        facts.GetValueOrDefault(resource.ResourceId)?.StudySeconds ?? 0;

    private static IReadOnlyList<CreditReason> NotCounted(ResourceFacts resource, Dictionary<Guid, ResourceProgressFacts> facts)
    {
        var fact = facts.GetValueOrDefault(resource.ResourceId);
        return resource.IsExtension
            ? [new CreditReason(CreditReasonCodes.Extension, Localized.Pick("拓展资源只记录学习时间，不认定学时。", "An extension resource: time is recorded, no hours are credited."))]
            : fact is { State: LearningState.Completed } ? []
            : fact is null or { State: LearningState.NotStarted } ? [CreditWords.NotStarted()]
            : fact is { IncompleteReasons.Count: > 0 } ? [.. fact.IncompleteReasons.Select(r => new CreditReason(r.Code, r.Message))]
            : [new CreditReason(CreditReasonCodes.NotComplete, Localized.Pick("尚未完成学习。", "Not completed yet."))];
    }

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
