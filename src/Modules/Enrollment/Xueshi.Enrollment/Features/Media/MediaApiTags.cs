namespace Xueshi.Enrollment.Features.Media;

internal static class MediaApiTags
{
    public const string Media = "Media";

    public const string Description = "Uploaded videos, PDFs and cover images (媒体文件): uploads by operators, checked by content and ffprobe; " +
        "content served with HTTP Range requests to operators and to the teachers enrolled in a program that uses it.";
}
