namespace Xueshi.Enrollment.Media.Demo;

/// <summary>The demo media files, by role in the demo catalog. The ids are fixed, so reseeding finds them again.</summary>
/// <param name="Lecture">A 45-minute lecture, for trying the test clock and the heartbeat benchmark, and the 2023 winter courses whose hours need 45 and 90 minutes of study.</param>
internal sealed record DemoMediaIds(Guid Video1, Guid Video2, Guid Video3, Guid Video4, Guid Pdf, Guid Cover, Guid Lecture)
{
    public IReadOnlyList<Guid> Videos => [Video1, Video2, Video3, Video4];
}
