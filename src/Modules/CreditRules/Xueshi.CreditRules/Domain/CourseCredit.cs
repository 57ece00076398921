using System.Runtime.CompilerServices;
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
        var credits = rule is { IsExtension: false } ? ResourceHoursOf(rule.Basis) : null;
        var resources = new List<ResourceStatement>(course.Resources.Count);
        var studySeconds = 0;
        var countedSeconds = 0;
        var countedCount = 0;
        var countedHours = 0m;
        var courseTestsDone = true;

        // One pass, one statement per resource shown: a large program's page has 300 of them on every visit.
        foreach (var resource in course.Resources)
        {
            var facts = progress.GetValueOrDefault(resource.ResourceId);
            var (seconds, counts, why) = EvaluateResource(resource, facts, rule, window);
            studySeconds += seconds;
            decimal? hours = null;
            if (credits is not null)
            {
                // perResource and perLesson: every resource says what it credits, 0 when it does not count.
                hours = counts ? credits.Of(resource.ResourceId) : 0;
            }

            if (counts)
            {
                countedSeconds += seconds;
                countedCount++;
                countedHours += hours ?? 0;
            }

            if (resource.Kind == ResourceKind.CourseTest && !resource.IsArchived && facts?.State != LearningState.Completed)
            {
                courseTestsDone = false;
            }

            if (IsShown(resource, facts))
            {
                resources.Add(new ResourceStatement(resource.ResourceId, seconds, counts, hours, why));
            }
        }

        if (rule is null)
        {
            return new CourseStatement(course.CourseId, studySeconds, 0, 0, null, false, true, 0, CreditWords.NoRuleOnly(), resources);
        }

        if (isExtensionCourse)
        {
            return new CourseStatement(
                course.CourseId, studySeconds, 0, 0, rule.MaxHours, true, true, 0, CreditWords.ExtensionCourseOnly(), resources);
        }

        var reasons = new List<CreditReason>();
        var earned = credits is null ? ByMinutes(rule.Basis, countedSeconds / 60)?.Hours ?? 0 : countedHours;

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
                var minutes = countedSeconds / 60;
                var next = (rule.Basis.Thresholds ?? []).OrderBy(t => t.Minutes).FirstOrDefault(t => t.Minutes > minutes);
                if (next is not null)
                {
                    reasons.Add(CreditWords.MinutesShort(minutes, next));
                }
            }

            reasons.Add(CreditWords.CourseHoursShort(credited, rule.RequiredHours));
        }

        return new CourseStatement(
            course.CourseId, studySeconds, credited, rule.RequiredHours, rule.MaxHours, false, met, countedCount, reasons, resources);
    }

    /// <summary>Archived resources are shown (and stated) only once started: progress on them stays progress.</summary>
    public static bool IsShown(ResourceFacts resource, ResourceProgressFacts? facts) =>
        !resource.IsArchived || facts is { State: not LearningState.NotStarted };

    /// <summary>studyMinutes: the highest threshold reached by the counted resources' minutes, if any.</summary>
    private static MinutesThreshold? ByMinutes(CreditBasis basis, int minutes) =>
        (basis.Thresholds ?? []).Where(t => t.Minutes <= minutes).OrderBy(t => t.Minutes).LastOrDefault();

    /// <summary>perResource and perLesson: what each resource credits once it counts; null where hours come from minutes.</summary>
    private static ResourceHours? ResourceHoursOf(CreditBasis basis) => basis.Kind switch
    {
        CreditBasisKind.StudyMinutes => null,
        CreditBasisKind.PerResource => ListedHours.GetValue(basis, b => new ResourceHours(
            (b.ResourceHours ?? []).GroupBy(r => r.ResourceId).ToDictionary(g => g.Key, g => g.First().Hours), b.DefaultResourceHours ?? 0)),
        _ => new ResourceHours(null, basis.HoursPerLesson ?? 0),
    };

    // The rule set in force is kept between statements (PublishedRuleSets): its listed hours are grouped once, not per page.
    private static readonly ConditionalWeakTable<CreditBasis, ResourceHours> ListedHours = [];

    private sealed class ResourceHours(Dictionary<Guid, decimal>? listed, decimal otherwise)
    {
        public decimal Of(Guid resourceId) => listed is not null && listed.TryGetValue(resourceId, out var hours) ? hours : otherwise;
    }

    private static (int StudySeconds, bool Counts, IReadOnlyList<CreditReason> Reasons) EvaluateResource(
        ResourceFacts resource, ResourceProgressFacts? facts, CourseRule? rule, CreditWindow window)
    {
        var completed = facts is { State: LearningState.Completed };
        var studySeconds = completed ? facts!.StudySeconds : 0;
        var learningReasons = facts?.IncompleteReasons ?? [];

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
            return (studySeconds, false, completed ? [] : NotDone(facts, learningReasons));
        }

        if (resource.IsExtension || rule?.IsExtension == true)
        {
            return (studySeconds, false, CreditWords.ExtensionOnly());
        }

        if (rule is null)
        {
            return (studySeconds, false, completed ? CreditWords.NoRuleOnly() : NotDone(facts, learningReasons));
        }

        if (!completed)
        {
            if (rule.QuizzesGate && HasQuiz(resource) && WatchedToEnd(resource, facts) && facts?.QuizCompletedAt is null)
            {
                return (0, false, WithLearning(CreditWords.QuizNotDone(), learningReasons, except: LearningQuizNotDone));
            }

            return (0, false, NotDone(facts, learningReasons));
        }

        // A completion watched to the end with the gate off has no instant of its own: it is taken as inside the window.
        if (facts?.CompletedAt is { } at && facts.State == LearningState.Completed && !window.Contains(at))
        {
            return (studySeconds, false, [window.Reason()]);
        }

        return (studySeconds, true, []);
    }

    // Not started: the whole of it is missing, said once (most of a large program early on: 300 resources on one page).
    private static IReadOnlyList<CreditReason> NotDone(ResourceProgressFacts? facts, IReadOnlyList<IncompleteReasonFact> learningReasons) =>
        facts is null or { State: LearningState.NotStarted }
            ? CreditWords.NotStartedOnly()
            : learningReasons.Count == 0 ? CreditWords.NotCompleteOnly() : WithLearning(CreditWords.NotComplete(), learningReasons, except: null);

    /// <summary>The credit reason, then LearningProgress's reasons (but the one the credit reason already says).</summary>
    private static CreditReason[] WithLearning(CreditReason first, IReadOnlyList<IncompleteReasonFact> learningReasons, string? except)
    {
        var count = 1;
        for (var i = 0; i < learningReasons.Count; i++)
        {
            count += learningReasons[i].Code == except ? 0 : 1;
        }

        var reasons = new CreditReason[count];
        reasons[0] = first;
        var at = 1;
        for (var i = 0; i < learningReasons.Count; i++)
        {
            if (learningReasons[i].Code != except)
            {
                reasons[at++] = new CreditReason(learningReasons[i].Code, learningReasons[i].Message);
            }
        }

        return reasons;
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
