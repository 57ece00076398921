using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Xueshi.Enrollment.Media;

namespace Xueshi.Enrollment.Features.Media.GetMediaContent;

/// <summary>An open media file, ready to be sent with range processing.</summary>
internal sealed record MediaContent(MediaFile Media, Stream Stream)
{
    /// <summary>
    /// The bytes under an id never change, so any cache may keep them for a year without asking again
    /// (private: they are served to authorized readers only). The ETag is the SHA-256. Range, If-Range,
    /// If-None-Match (304) and unsatisfiable ranges (416) are the framework's range processing.
    /// </summary>
    public IResult ToResult(HttpContext http)
    {
        http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return TypedResults.File(Stream, Media.ContentType, lastModified: Media.UploadedAt,
            entityTag: new EntityTagHeaderValue(Media.ETag), enableRangeProcessing: true);
    }
}

internal static class MediaContentDocumentation
{
    public const string Serving = "Served with HTTP Range requests (Accept-Ranges: bytes; 206 with Content-Range; 416 for a range outside the " +
        "file), an ETag that is the content's SHA-256 (If-None-Match gives 304) and Cache-Control: private, max-age=31536000, immutable: " +
        "the content under an id never changes.";
}
