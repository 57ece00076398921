using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.CreditRules.Domain;

/// <summary>
/// One course of the outline under its rule: each resource counts or says why not, then the course's hours
/// by its basis, gate and cap. The program-level parts (totals, roles, conditions) are <see cref="CreditEvaluator"/>'s.
/// </summary>
internal static class CourseCredit
{
    /// <summary>LearningProgress's tolerance: the last two seconds of a video need not be seen (CompletionRule).</summary>
    private const int EndToleranceSeconds = 2;

    private const string LearningPartNotWatched = "learning.part_not_watched";
    private const string LearningQuizNotDone = "learning.quiz_not_done";

    public static CourseStatement Evaluate(
        OutlineCourse course, CourseRule? rule, StudyWindow programWindow, IReadOnlyDictionary<Guid, ResourceProgressFacts> progress)
    {
        var window = CreditWindow.For(course, programWindow);
        var isExtensionCourse = rule?.IsExtension == true;
        var resources = new List<ResourceStatement>();
        var counted = new List<(ResourceFacts Resource, int StudySeconds)>();
        var studySeconds = 0;
        var courseTestsDone = true;

        foreach (var resource in course.Resources)
        {
            var facts = progress.GetValueOrDefault(resource.ResourceId);
            var evaluated = EvaluateResource(resource, facts, rule, window);
            studySeconds += evaluated.StudySeconds;
            if (evaluated.Counts)
            {
                counted.Add((resource, evaluated.StudySeconds));
            }

            if (resource.Kind == ResourceKind.CourseTest && !resource.IsArchived && facts?.State != LearningState.Completed)
            {
                courseTestsDone = false;
            }

            // Archived resources stay in the statement only once started (progress on them stays progress).
            if (!resource.IsArchived || (facts is not null && facts.State != LearningState.NotStarted))
            {
                resources.Add(evaluated);
            }
        }

        if (rule is null)
        {
            return new CourseStatement(course.CourseId, studySeconds, 0, 0, null, false, true, 0, [CreditWords.NoRule()], resources);
        }

        if (isExtensionCourse)
        {
            return new CourseStatement(course.CourseId, studySeconds, 0, 0, rule.MaxHours, true, true, 0, [CreditWords.ExtensionCourse()], resources);
        }

        var reasons = new List<CreditReason>();
        var (earned, perResource) = Earned(rule, counted);
        resources = [.. resources.Select(r => perResource is null
            ? r
            : r with { CreditedHours = r.Counts ? perResource.GetValueOrDefault(r.ResourceId) : 0 })];

        if (rule.CourseTestGates && !courseTestsDone)
        {
            earned = 0;
            reasons.Add(CreditWords.CourseTestNotDone());
        }

        var credited = earned;
        if (rule.MaxHours is { } max && earned > max)
        {
            credited = max;
            reasons.Add(CreditWords.CourseCap(max));
        }

        var met = credited >= rule.RequiredHours;
        if (!met)
        {
            if (rule.Basis.Kind == CreditBasisKind.StudyMinutes && (courseTestsDone || !rule.CourseTestGates))
            {
                var minutes = counted.Sum(c => c.StudySeconds) / 60;
                var next = (rule.Basis.Thresholds ?? []).OrderBy(t => t.Minutes).FirstOrDefault(t => t.Minutes > minutes);
                if (next is not null)
                {
                    reasons.Add(CreditWords.MinutesShort(minutes, next));
                }
            }

            reasons.Add(CreditWords.CourseHoursShort(credited, rule.RequiredHours));
        }

        return new CourseStatement(
            course.CourseId, studySeconds, credited, rule.RequiredHours, rule.MaxHours, false, met, counted.Count, reasons, resources);
    }

    /// <summary>The hours the counted resources earn by the basis, before gate and cap; per resource where the basis gives them.</summary>
    private static (decimal Hours, Dictionary<Guid, decimal>? PerResource) Earned(CourseRule rule, List<(ResourceFacts Resource, int StudySeconds)> counted)
    {
        var basis = rule.Basis;
        switch (basis.Kind)
        {
            case CreditBasisKind.StudyMinutes:
                var minutes = counted.Sum(c => c.StudySeconds) / 60;
                var reached = (basis.Thresholds ?? []).Where(t => t.Minutes <= minutes).OrderBy(t => t.Minutes).LastOrDefault();
                return (reached?.Hours ?? 0, null);
            case CreditBasisKind.PerResource:
                var listed = (basis.ResourceHours ?? []).GroupBy(r => r.ResourceId).ToDictionary(g => g.Key, g => g.First().Hours);
                var each = counted.ToDictionary(c => c.Resource.ResourceId, c => listed.TryGetValue(c.Resource.ResourceId, out var h) ? h : basis.DefaultResourceHours ?? 0);
                return (each.Values.Sum(), each);
            default:
                var perLesson = basis.HoursPerLesson ?? 0;
                return (counted.Count * perLesson, counted.ToDictionary(c => c.Resource.ResourceId, _ => perLesson));
        }
    }

    private static ResourceStatement EvaluateResource(ResourceFacts resource, ResourceProgressFacts? facts, CourseRule? rule, CreditWindow window)
    {
        var completed = facts is { State: LearningState.Completed };
        var studySeconds = completed ? facts!.StudySeconds : 0;
        List<CreditReason> learningReasons = facts?.IncompleteReasons is { Count: > 0 } missing ? [.. missing.Select(r => new CreditReason(r.Code, r.Message))] : [];
        // Not started: the whole of it is missing, said once (most of a large program early on: 300 resources on one page).
        IReadOnlyList<CreditReason> NotDone() => facts is null or { State: LearningState.NotStarted }
            ? [CreditWords.NotStarted()]
            : [CreditWords.NotComplete(), .. learningReasons];

        // With the quizzes' gate off, a video with a quiz counts once watched to the end (its quiz is the teacher's choice).
        if (!completed && rule is { QuizzesGate: false, IsExtension: false } && WatchedToEnd(resource, facts))
        {
            completed = true;
            studySeconds = (int)Math.Round(resource.DurationSeconds ?? 0, MidpointRounding.AwayFromZero);
            learningReasons = [];
        }

        if (resource.Kind == ResourceKind.CourseTest)
        {
            // A course test never credits hours itself; it may gate its course's.
            return new ResourceStatement(resource.ResourceId, studySeconds, false, null, completed ? [] : NotDone());
        }

        if (resource.IsExtension || rule?.IsExtension == true)
        {
            return new ResourceStatement(resource.ResourceId, studySeconds, false, null, [CreditWords.Extension()]);
        }

        if (rule is null)
        {
            return new ResourceStatement(resource.ResourceId, studySeconds, false, null, completed ? [CreditWords.NoRule()] : NotDone());
        }

        if (!completed)
        {
            if (rule.QuizzesGate && HasQuiz(resource) && WatchedToEnd(resource, facts) && facts?.QuizCompletedAt is null)
            {
                return new ResourceStatement(resource.ResourceId, 0, false, null,
                    [CreditWords.QuizNotDone(), .. learningReasons.Where(r => r.Code != LearningQuizNotDone)]);
            }

            return new ResourceStatement(resource.ResourceId, 0, false, null, NotDone());
        }

        // A completion watched to the end with the gate off has no instant of its own: it is taken as inside the window.
        if (facts?.CompletedAt is { } at && facts.State == LearningState.Completed && !window.Contains(at))
        {
            return new ResourceStatement(resource.ResourceId, studySeconds, false, null, [window.Reason()]);
        }

        return new ResourceStatement(resource.ResourceId, studySeconds, true, null, []);
    }

    private static bool HasQuiz(ResourceFacts resource) =>
        resource.Kind == ResourceKind.Video && resource.QuizPositionSeconds is not null && resource.QuestionCount > 0;

    /// <summary>Every second up to the end (less LearningProgress's tolerance) watched, as its CompletionRule reads a video.</summary>
    private static bool WatchedToEnd(ResourceFacts resource, ResourceProgressFacts? facts) =>
        facts is not null
        && HasQuiz(resource)
        && facts.WatchedSeconds >= Math.Max(0, (int)Math.Ceiling(resource.DurationSeconds ?? 0) - EndToleranceSeconds)
        && facts.IncompleteReasons.All(r => r.Code != LearningPartNotWatched);
}
