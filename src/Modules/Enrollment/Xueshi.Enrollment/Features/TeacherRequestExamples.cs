using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features;

/// <summary>One request body of each teacher-facing use case, for the OpenAPI document; values pass the validators.</summary>
internal sealed class TeacherRequestExamples : IRequestExamples
{
    public IEnumerable<object> Examples =>
    [
        new Reviews.SaveMyReview.SaveMyReview(5, "案例贴近课堂，讲解清楚，收获很大。"),
    ];
}
