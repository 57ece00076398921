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

        var reasons = IncompleteReasons.Of(resource, progress).Select(r => new IncompleteReasonFact(r.Code, r.Message)).ToList();
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
