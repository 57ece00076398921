using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.LearningProgress.Contracts;

/// <summary>A teacher completed a resource (once per teacher and resource), in a program's playback.</summary>
/// <param name="StudySeconds">What it adds to 已学习.</param>
public sealed record ResourceCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TeacherId,
    Guid ProgramId,
    Guid CourseId,
    Guid ResourceId,
    int StudySeconds) : IIntegrationEvent;
