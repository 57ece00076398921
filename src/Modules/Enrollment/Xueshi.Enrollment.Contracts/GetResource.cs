using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>One resource's facts for tracking and crediting; never the quiz's answers. Null when there is no such resource.</summary>
public sealed record GetResource(Guid ResourceId) : IRequest<ResourceFacts?>;

/// <param name="DurationSeconds">A video's duration as ffprobe measured its media file; null for other kinds.</param>
/// <param name="QuizPositionSeconds">Where a video's quiz appears; null when it has none.</param>
/// <param name="QuestionCount">Questions in the video's quiz or the course test; 0 when there is none.</param>
/// <param name="MinReadingSeconds">A text resource's minimum reading time.</param>
/// <param name="StudyMinutes">What a completed text resource counts for (已学习); null for videos, whose duration counts.</param>
/// <param name="IsExtension">拓展资源: recorded, never credited.</param>
/// <param name="IsArchived">Removed from a published program after teachers could have started it: no new study, progress kept.</param>
public sealed record ResourceFacts(
    Guid ResourceId,
    Guid CourseId,
    string Title,
    ResourceKind Kind,
    Guid? MediaId,
    double? DurationSeconds,
    int? QuizPositionSeconds,
    int QuestionCount,
    int? MinReadingSeconds,
    int? StudyMinutes,
    bool IsExtension,
    bool IsArchived);
