using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.CreditRules.Tests.Builders;

/// <summary>A teacher's progress as LearningProgress reports it: completed with its instant, watched partly, quiz left undone.</summary>
internal sealed class Progress
{
    private readonly Dictionary<Guid, ResourceProgressFacts> facts = [];

    /// <summary>Complete at the instant given: 已学习 is the video's whole duration (a text's stated minutes).</summary>
    public Progress Complete(ResourceFacts resource, DateTimeOffset at)
    {
        var seconds = resource.Kind switch
        {
            ResourceKind.Video => (int)Math.Round(resource.DurationSeconds ?? 0),
            _ => (resource.StudyMinutes ?? 0) * 60,
        };
        facts[resource.ResourceId] = new ResourceProgressFacts(
            resource.ResourceId, resource.CourseId, LearningState.Completed, (int)Math.Ceiling(resource.DurationSeconds ?? 0), seconds,
            resource.DurationSeconds ?? 0, resource.MinReadingSeconds ?? 0,
            resource.QuestionCount > 0 ? at : null, at, null, []);
        return this;
    }

    public Progress Complete(IEnumerable<ResourceFacts> resources, DateTimeOffset at)
    {
        foreach (var resource in resources)
        {
            Complete(resource, at);
        }

        return this;
    }

    /// <summary>A video watched to its end whose quiz was left undone: not complete for LearningProgress.</summary>
    public Progress WatchedQuizNotDone(ResourceFacts resource)
    {
        var duration = (int)Math.Ceiling(resource.DurationSeconds ?? 0);
        facts[resource.ResourceId] = new ResourceProgressFacts(
            resource.ResourceId, resource.CourseId, LearningState.InProgress, duration, 0, duration, 0, null, null, null,
            [
                new IncompleteReasonFact("learning.quiz_not_done", "视频中的测试题尚未完成。"),
                new IncompleteReasonFact("learning.rest_after_quiz_not_watched", "测试题后剩余的视频需在完成测试题后观看。"),
            ]);
        return this;
    }

    /// <summary>The first seconds of a video watched, the rest not.</summary>
    public Progress Watched(ResourceFacts resource, int seconds)
    {
        facts[resource.ResourceId] = new ResourceProgressFacts(
            resource.ResourceId, resource.CourseId, LearningState.InProgress, seconds, 0, seconds, 0, null, null, null,
            [new IncompleteReasonFact("learning.part_not_watched", $"第{seconds / 60}分{seconds % 60:00}秒之后尚未观看。")]);
        return this;
    }

    /// <summary>The facts of the resources touched, in the outline's order (untouched ones absent), as GetOutlineProgressFacts answers.</summary>
    public IReadOnlyList<ResourceProgressFacts> For(ProgramOutline outline) =>
        [.. outline.Courses.SelectMany(c => c.Resources).Where(r => facts.ContainsKey(r.ResourceId)).Select(r => facts[r.ResourceId])];
}
