using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Domain;

/// <summary>
/// A resource (学习资源) of a course: a section (节) of one of its chapters. A video's duration is
/// copied from its media file, which ffprobe measured on the server: completion is judged against
/// it, so it never comes from a client. A resource teachers may have started is archived, never
/// deleted: their progress on it stays progress.
/// </summary>
internal sealed class Resource
{
    private Resource()
    {
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid ChapterId { get; private set; }

    public int Position { get; private set; }

    public string Title { get; private set; } = "";

    public ResourceKind Kind { get; private set; }

    /// <summary>拓展资源: its time is recorded, never credited.</summary>
    public bool IsExtension { get; private set; }

    /// <summary>The video's media file.</summary>
    public Guid? MediaId { get; private set; }

    /// <summary>The video's duration in seconds, from its media file.</summary>
    public double? DurationSeconds { get; private set; }

    /// <summary>A text resource's rich text (sanitized HTML).</summary>
    public string? TextBody { get; private set; }

    /// <summary>A text resource's PDF.</summary>
    public Guid? DocumentMediaId { get; private set; }

    /// <summary>A text resource is complete after being open and visible this long.</summary>
    public int? MinReadingSeconds { get; private set; }

    /// <summary>What a completed text resource counts for as study time (已学习).</summary>
    public int? StudyMinutes { get; private set; }

    /// <summary>A video's quiz (with a position) or a course test's questions.</summary>
    public Quiz? Quiz { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    public static Resource Create(Guid courseId, Guid chapterId, int position, ResourceContent content, DateTimeOffset now)
    {
        var resource = new Resource { Id = Guid.CreateVersion7(now), CourseId = courseId, CreatedAt = now };
        resource.Change(chapterId, position, content, now);
        return resource;
    }

    public void Change(Guid chapterId, int position, ResourceContent content, DateTimeOffset now)
    {
        ChapterId = chapterId;
        Position = position;
        Title = content.Title.Trim();
        Kind = content.Kind;
        IsExtension = content.IsExtension;
        MediaId = content.Kind == ResourceKind.Video ? content.MediaId : null;
        DurationSeconds = content.Kind == ResourceKind.Video ? content.DurationSeconds : null;
        TextBody = content.Kind == ResourceKind.Text ? content.TextBody : null;
        DocumentMediaId = content.Kind == ResourceKind.Text ? content.DocumentMediaId : null;
        MinReadingSeconds = content.Kind == ResourceKind.Text ? content.MinReadingSeconds : null;
        StudyMinutes = content.Kind == ResourceKind.Text ? content.StudyMinutes : null;
        Quiz = content.Kind == ResourceKind.Text ? null : content.Quiz;
        UpdatedAt = now;
    }

    public void Archive(DateTimeOffset now)
    {
        ArchivedAt ??= now;
        UpdatedAt = now;
    }

    public ResourceFacts ToFacts() => new(
        Id, CourseId, Title, Kind, MediaId, DurationSeconds, Quiz?.PositionSeconds, Quiz?.Questions.Count ?? 0,
        MinReadingSeconds, StudyMinutes, IsExtension, IsArchived);
}

/// <summary>What an operator sets on a resource; fields of other kinds are dropped.</summary>
internal sealed record ResourceContent(
    string Title,
    ResourceKind Kind,
    bool IsExtension,
    Guid? MediaId = null,
    double? DurationSeconds = null,
    string? TextBody = null,
    Guid? DocumentMediaId = null,
    int? MinReadingSeconds = null,
    int? StudyMinutes = null,
    Quiz? Quiz = null);
