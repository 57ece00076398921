using Xueshi.BuildingBlocks.Http;

namespace Xueshi.LearningProgress.Features;

/// <summary>One request body of each use case, for the OpenAPI document; values pass the validators.</summary>
internal sealed class LearningRequestExamples : IRequestExamples
{
    public IEnumerable<object> Examples =>
    [
        new StartPlayback.StartPlayback([0.75, 1.0, 1.25, 1.5, 2.0]),
        new SendHeartbeat.SendHeartbeat(3, 15.2, 1.5, true, SendHeartbeat.HeartbeatEvent.Tick),
        new SubmitQuizAttempt.SubmitQuizAttempt([
            new SubmitQuizAttempt.QuizAnswer(Guid.Parse("0197a5d2-6c1e-7b3a-9f10-2b4c6d8e0f12"), [Guid.Parse("0197a5d2-6c1e-7b3a-9f10-2b4c6d8e0f13")]),
        ]),
    ];
}
