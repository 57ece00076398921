using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Domain;
using Xueshi.LearningProgress.Features.GetProgramProgress;

namespace Xueshi.LearningProgress.Features.Contracts;

internal static class ProgressFactsMapping
{
    public static ResourceProgressFacts Facts(ResourceFacts resource, ResourceProgress? progress)
    {
        if (progress is null)
        {
            // Not started: all of it is missing, which the state says; the reasons are for what is left of a started one.
            return new ResourceProgressFacts(resource.ResourceId, resource.CourseId, LearningState.NotStarted, 0, 0, 0, 0, null, null, null, []);
        }

        var incomplete = IncompleteReasons.Of(resource, progress);
        var reasons = new IncompleteReasonFact[incomplete.Count];
        for (var i = 0; i < reasons.Length; i++)
        {
            reasons[i] = new IncompleteReasonFact(incomplete[i].Code, incomplete[i].Message);
        }

        return new ResourceProgressFacts(
            resource.ResourceId,
            resource.CourseId,
            progress.State,
            progress.WatchedSeconds,
            progress.StudySeconds,
            progress.WatchTimeSeconds,
            progress.ReadingSeconds,
            progress.QuizCompletedAt,
            progress.CompletedAt,
            progress.CompletedInProgramId,
            reasons);
    }
}
