using System.Text.Json.Serialization;
using MediatR;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Admin.Resources.AddResource;

/// <summary>A new resource (节) in a chapter: a video, a text resource or a course test; any of them may be an extension resource.</summary>
/// <param name="ChapterId">The chapter it goes in.</param>
/// <param name="Position">Its order in the chapter, 0 to 1000; leave out to put it last.</param>
/// <param name="Title">Its title, 1 to 100 characters.</param>
/// <param name="Kind">video, text or courseTest.</param>
/// <param name="IsExtension">拓展资源: recorded, never credited.</param>
/// <param name="MediaId">A video's uploaded video file; its duration is taken from the file (ffprobe), never from the request.</param>
/// <param name="TextBody">A text resource's rich text (HTML, sanitized on the server).</param>
/// <param name="DocumentMediaId">A text resource's uploaded PDF.</param>
/// <param name="MinReadingSeconds">A text resource's minimum reading time.</param>
/// <param name="StudyMinutes">What a completed text resource counts for.</param>
/// <param name="Quiz">A video's end-of-video quiz (with its position) or a course test's questions.</param>
internal sealed record AddResource(
    Guid? ChapterId,
    int? Position,
    string? Title,
    ResourceKind? Kind,
    bool IsExtension,
    Guid? MediaId,
    string? TextBody,
    Guid? DocumentMediaId,
    int? MinReadingSeconds,
    int? StudyMinutes,
    QuizInput? Quiz) : IRequest<AdminCourseResponse>, IResourceFields
{
    [JsonIgnore]
    public Guid CourseId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

internal sealed class AddResourceValidator : ResourceFieldsValidator<AddResource>;
