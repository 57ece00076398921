using Xueshi.Enrollment.Media;

namespace Xueshi.Enrollment.Features.Media;

/// <summary>A stored media file, as the server measured it.</summary>
/// <param name="Id">The media file's id; a resource or a program cover refers to it.</param>
/// <param name="Kind">video, pdf or image.</param>
/// <param name="ContentType">The type detected from the bytes: video/webm, video/mp4, application/pdf, image/png or image/jpeg.</param>
/// <param name="SizeBytes">Size in bytes.</param>
/// <param name="DurationSeconds">A video's duration as ffprobe read it from the file; null for PDFs and images.</param>
/// <param name="Width">Frame or image width in pixels, when known.</param>
/// <param name="Height">Frame or image height in pixels, when known.</param>
/// <param name="Sha256">SHA-256 of the content (lower-case hex); the content's ETag.</param>
/// <param name="OriginalFileName">The uploaded file's name, for display only.</param>
/// <param name="UploadedAt">When it was stored.</param>
internal sealed record MediaResponse(Guid Id, MediaKind Kind, string ContentType, long SizeBytes, double? DurationSeconds, int? Width, int? Height,
    string Sha256, string? OriginalFileName, DateTimeOffset UploadedAt)
{
    public static MediaResponse Of(MediaFile media) => new(media.Id, media.Kind, media.ContentType, media.SizeBytes, media.DurationSeconds,
        media.Width, media.Height, media.Sha256, media.OriginalFileName, media.UploadedAt);
}
