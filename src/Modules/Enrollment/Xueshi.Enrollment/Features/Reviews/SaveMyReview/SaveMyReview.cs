using System.Text.Json.Serialization;
using MediatR;
using Xueshi.Enrollment.Features.Reviews.ListReviews;

namespace Xueshi.Enrollment.Features.Reviews.SaveMyReview;

/// <param name="Stars">1 to 5 (星).</param>
/// <param name="Comment">The comment, up to 500 characters; may be empty.</param>
internal sealed record SaveMyReview(int? Stars, string? Comment) : IRequest<ReviewItem>
{
    /// <summary>The course, from the route.</summary>
    [JsonIgnore]
    public Guid CourseId { get; init; }
}
