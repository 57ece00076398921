using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.Enrollment.Contracts;

/// <summary>A teacher enrolled (报名) in a program; enrolling again publishes nothing.</summary>
public sealed record TeacherEnrolled(Guid EventId, DateTimeOffset OccurredAt, Guid EnrollmentId, Guid TeacherId, Guid ProgramId) : IIntegrationEvent;
