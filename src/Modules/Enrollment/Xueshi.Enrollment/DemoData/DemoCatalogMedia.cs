namespace Xueshi.Enrollment.DemoData;

/// <summary>The demo media files the catalog's placeholders reuse: short generated videos, a PDF and a cover.</summary>
/// <param name="Videos">At least three videos, each with the duration ffprobe measured.</param>
/// <param name="Lecture">The 45-minute lecture, when made (the demo program shows it; the placeholders never do).</param>
internal sealed record DemoCatalogMedia(IReadOnlyList<DemoVideo> Videos, Guid Pdf, Guid Cover, DemoVideo? Lecture = null)
{
    public DemoVideo Video(int index) => Videos[index % Videos.Count];
}

internal sealed record DemoVideo(Guid MediaId, double DurationSeconds);
