namespace Xueshi.Enrollment.Media;

/// <summary>What a media file is for: a lesson video, a PDF text resource, or a program's cover image.</summary>
internal enum MediaKind
{
    Video,
    Pdf,
    Image,
}
