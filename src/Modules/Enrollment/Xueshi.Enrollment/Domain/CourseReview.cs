namespace Xueshi.Enrollment.Domain;

/// <summary>课程评价: one per enrolled teacher and course, 1–5 stars and a comment, editable.</summary>
internal sealed class CourseReview
{
    private CourseReview()
    {
    }

    public Guid CourseId { get; private set; }

    public Guid TeacherId { get; private set; }

    public int Stars { get; private set; }

    public string Comment { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CourseReview Create(Guid courseId, Guid teacherId, int stars, string comment, DateTimeOffset now) => new()
    {
        CourseId = courseId,
        TeacherId = teacherId,
        Stars = stars,
        Comment = comment.Trim(),
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Edit(int stars, string comment, DateTimeOffset now)
    {
        Stars = stars;
        Comment = comment.Trim();
        UpdatedAt = now;
    }
}
