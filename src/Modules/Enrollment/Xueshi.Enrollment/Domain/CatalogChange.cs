namespace Xueshi.Enrollment.Domain;

/// <summary>
/// The catalog's audit trail: every change to a published program or to a course a published program
/// includes (who, when, what), so an operator can answer "who changed this video after teachers began".
/// Append-only.
/// </summary>
internal sealed class CatalogChange
{
    private CatalogChange()
    {
    }

    public Guid Id { get; private set; }

    public Guid? ProgramId { get; private set; }

    public Guid? CourseId { get; private set; }

    public Guid ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>A stable name of what happened, e.g. program.edited, resource.archived.</summary>
    public string Action { get; private set; } = "";

    /// <summary>The entity the change was made to.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>A short human summary (the fields changed, the new title).</summary>
    public string Summary { get; private set; } = "";

    public static CatalogChange Record(Guid? programId, Guid? courseId, Guid actorId, string action, Guid subjectId, string summary, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProgramId = programId,
        CourseId = courseId,
        ActorId = actorId,
        At = now,
        Action = action,
        SubjectId = subjectId,
        Summary = summary.Length > 1000 ? summary[..1000] : summary,
    };
}
