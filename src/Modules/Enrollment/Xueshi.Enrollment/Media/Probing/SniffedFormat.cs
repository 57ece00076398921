namespace Xueshi.Enrollment.Media.Probing;

/// <summary>The container a file's first bytes announce.</summary>
internal enum SniffedFormat
{
    Mp4,
    WebM,
    Pdf,
    Png,
    Jpeg,
}

internal static class SniffedFormats
{
    public static string ContentType(this SniffedFormat format) => format switch
    {
        SniffedFormat.Mp4 => "video/mp4",
        SniffedFormat.WebM => "video/webm",
        SniffedFormat.Pdf => "application/pdf",
        SniffedFormat.Png => "image/png",
        SniffedFormat.Jpeg => "image/jpeg",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Extension(this SniffedFormat format) => format switch
    {
        SniffedFormat.Mp4 => ".mp4",
        SniffedFormat.WebM => ".webm",
        SniffedFormat.Pdf => ".pdf",
        SniffedFormat.Png => ".png",
        SniffedFormat.Jpeg => ".jpg",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static MediaKind Kind(this SniffedFormat format) => format switch
    {
        SniffedFormat.Mp4 or SniffedFormat.WebM => MediaKind.Video,
        SniffedFormat.Pdf => MediaKind.Pdf,
        _ => MediaKind.Image,
    };
}
