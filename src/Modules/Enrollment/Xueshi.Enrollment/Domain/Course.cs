namespace Xueshi.Enrollment.Domain;

/// <summary>
/// A course (课程): its own content (chapters and resources) and lecturers, included in one or more
/// programs through <see cref="ProgramCourse"/>. <see cref="Revision"/> covers the course and
/// everything in it (chapters, resources, quizzes): any edit there bumps it, so If-Match on the
/// course guards them all.
/// </summary>
internal sealed class Course
{
    private Course()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public IReadOnlyList<Lecturer> Lecturers { get; private set; } = [];

    public int Revision { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Course Create(string title, string description, IReadOnlyList<Lecturer> lecturers, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Title = title.Trim(),
        Description = description.Trim(),
        Lecturers = lecturers,
        Revision = 1,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Edit(string title, string description, IReadOnlyList<Lecturer> lecturers, DateTimeOffset now)
    {
        Title = title.Trim();
        Description = description.Trim();
        Lecturers = lecturers;
        Touch(now);
    }

    public void Touch(DateTimeOffset now)
    {
        Revision++;
        UpdatedAt = now;
    }
}
