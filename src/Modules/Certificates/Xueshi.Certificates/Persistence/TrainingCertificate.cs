namespace Xueshi.Certificates.Persistence;

/// <summary>
/// A training's one certificate (2023年寒假教师研修): set by an operator, with its own date after the last topic ends.
/// Its programs are the training's, read from Enrollment when asked, so a topic added later is covered too.
/// </summary>
internal sealed class TrainingCertificate
{
    private TrainingCertificate()
    {
    }

    public Guid TrainingId { get; private set; }

    /// <summary>What the certificate prints as its title; the training's title when the operator gives none.</summary>
    public string Title { get; private set; } = "";

    public DateOnly CertificateDate { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public static TrainingCertificate Create(Guid trainingId, string title, DateOnly certificateDate, DateTimeOffset now, Guid by) => new()
    {
        TrainingId = trainingId,
        Title = title,
        CertificateDate = certificateDate,
        UpdatedAt = now,
        UpdatedBy = by,
    };

    public void Change(string title, DateOnly certificateDate, DateTimeOffset now, Guid by)
    {
        Title = title;
        CertificateDate = certificateDate;
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
