namespace Xueshi.Enrollment.Domain;

/// <summary>A chapter (章) of a course; its resources are its sections (节), in order.</summary>
internal sealed class Chapter
{
    private Chapter()
    {
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public string Title { get; private set; } = "";

    public int Position { get; private set; }

    public static Chapter Create(Guid courseId, string title, int position, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CourseId = courseId,
        Title = title.Trim(),
        Position = position,
    };

    public void Edit(string title, int position)
    {
        Title = title.Trim();
        Position = position;
    }
}
