using Xueshi.BuildingBlocks.Http;

namespace Xueshi.LearningProgress.Features;

/// <summary>One request body of each use case, for the OpenAPI document; values pass the validators.</summary>
internal sealed class LearningRequestExamples : IRequestExamples
{
    public IEnumerable<object> Examples =>
    [
        new StartPlayback.StartPlayback([0.75, 1.0, 1.25, 1.5, 2.0]),
    ];
}
