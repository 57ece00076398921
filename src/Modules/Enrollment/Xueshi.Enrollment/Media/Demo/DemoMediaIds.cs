namespace Xueshi.Enrollment.Media.Demo;

/// <summary>The demo media files, by role in the demo catalog. The ids are fixed, so reseeding finds them again.</summary>
internal sealed record DemoMediaIds(Guid Video1, Guid Video2, Guid Video3, Guid Video4, Guid Pdf, Guid Cover)
{
    public IReadOnlyList<Guid> Videos => [Video1, Video2, Video3, Video4];
}
