namespace Xueshi.Enrollment.Features.Media;

internal static class MediaApiTags
{
    /// <summary>The OpenAPI tag of the media endpoints (described in EnrollmentApiTags).</summary>
    public const string Media = "Media";
}
