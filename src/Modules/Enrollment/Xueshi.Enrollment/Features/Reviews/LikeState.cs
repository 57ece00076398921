namespace Xueshi.Enrollment.Features.Reviews;

/// <param name="LikeCount">点赞 of the course.</param>
/// <param name="LikedByMe">The reader likes it.</param>
internal sealed record LikeState(Guid CourseId, int LikeCount, bool LikedByMe);
