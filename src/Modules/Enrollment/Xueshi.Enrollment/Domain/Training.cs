namespace Xueshi.Enrollment.Domain;

/// <summary>
/// A training (研修, e.g. 2023年寒假教师研修): programs grouped behind one landing page with an entry per
/// audience (选择基础教育学习入口 …). A certificate can cover the whole training (the Certificates module).
/// </summary>
internal sealed class Training
{
    private Training()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Training Create(string title, string description, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Title = title.Trim(),
        Description = description.Trim(),
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Edit(string title, string description, DateTimeOffset now)
    {
        Title = title.Trim();
        Description = description.Trim();
        UpdatedAt = now;
    }
}
