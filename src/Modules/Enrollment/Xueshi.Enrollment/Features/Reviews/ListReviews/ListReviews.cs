using MediatR;

namespace Xueshi.Enrollment.Features.Reviews.ListReviews;

/// <param name="Page">1-based page number; default 1.</param>
/// <param name="PageSize">1 to 50; default 20.</param>
internal sealed record ListReviews(Guid CourseId, int? Page, int? PageSize) : IRequest<ReviewPage>;

/// <param name="Items">Newest (last edited) first.</param>
/// <param name="Rating">The course's rating over every review: 4.9分(125个).</param>
/// <param name="Mine">The reader's own review, when there is one (to fill the form).</param>
internal sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, int Page, int PageSize, int Total, CourseRating Rating, ReviewItem? Mine);

/// <param name="ReviewerName">Masked to its first character (李*).</param>
/// <param name="Stars">1 to 5.</param>
/// <param name="IsMine">Written by the reader.</param>
internal sealed record ReviewItem(string ReviewerName, int Stars, string Comment, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool IsMine);
