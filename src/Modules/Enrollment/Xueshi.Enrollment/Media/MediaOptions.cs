namespace Xueshi.Enrollment.Media;

/// <summary>Settings under Xueshi:Media (environment variables Xueshi__Media__Directory, …).</summary>
internal sealed class MediaOptions
{
    public const string Section = "Xueshi:Media";

    /// <summary>Where the file-system media store keeps the files; default .data/media at the repository root.</summary>
    public string? Directory { get; set; }

    /// <summary>The directory actually used: <see cref="Directory"/>, or the default resolved at start.</summary>
    public string ResolvedDirectory { get; set; } = "";

    public long MaxVideoBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    public long MaxImageBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>The ffprobe executable (Debian's ffmpeg package installs it on the PATH).</summary>
    public string FfprobePath { get; set; } = "ffprobe";

    /// <summary>The ffmpeg executable, used to generate the demo media.</summary>
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>ffprobe reads only the container's headers; a file that keeps it busy longer is refused as unreadable.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a signed media link (for a video element, which cannot send a bearer token) stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The CJK font the demo videos' titles are drawn with (Debian's fonts-noto-cjk); ASCII titles without it.</summary>
    public string DemoFontPath { get; set; } = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// <summary>Where uploads are staged while they are checked: beside the store, so the final move stays on one file system.</summary>
    public string StagingDirectory => Path.Combine(ResolvedDirectory, ".incoming");
}
