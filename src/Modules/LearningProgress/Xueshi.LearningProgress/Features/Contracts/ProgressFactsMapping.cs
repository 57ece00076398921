using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Domain;

namespace Xueshi.LearningProgress.Features.Contracts;

internal static class ProgressFactsMapping
{
    public static ResourceProgressFacts Facts(Guid resourceId, Guid courseId, ResourceProgress? progress) => progress is null
        ? new ResourceProgressFacts(resourceId, courseId, LearningState.NotStarted, 0, 0, 0, 0, null, null, null)
        : new ResourceProgressFacts(
            resourceId,
            courseId,
            progress.State,
            progress.WatchedSeconds,
            progress.StudySeconds,
            progress.WatchTimeSeconds,
            progress.ReadingSeconds,
            progress.QuizCompletedAt,
            progress.CompletedAt,
            progress.CompletedInProgramId);
}
