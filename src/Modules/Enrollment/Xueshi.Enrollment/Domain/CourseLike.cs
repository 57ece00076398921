namespace Xueshi.Enrollment.Domain;

/// <summary>点赞: a teacher likes a course, once.</summary>
internal sealed class CourseLike
{
    private CourseLike()
    {
    }

    public Guid CourseId { get; private set; }

    public Guid TeacherId { get; private set; }

    public DateTimeOffset LikedAt { get; private set; }

    public static CourseLike Create(Guid courseId, Guid teacherId, DateTimeOffset now) => new()
    {
        CourseId = courseId,
        TeacherId = teacherId,
        LikedAt = now,
    };
}
