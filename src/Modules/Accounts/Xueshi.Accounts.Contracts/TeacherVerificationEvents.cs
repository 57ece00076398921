using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.Accounts.Contracts;

/// <summary>The school's administrator approved the teacher's employment data.</summary>
public sealed record TeacherVerificationApproved(Guid EventId, DateTimeOffset OccurredAt, Guid AccountId, Guid SchoolId) : IIntegrationEvent;

/// <summary>The school's administrator rejected it, with a reason.</summary>
public sealed record TeacherVerificationRejected(Guid EventId, DateTimeOffset OccurredAt, Guid AccountId, Guid SchoolId, string Reason) : IIntegrationEvent;

/// <summary>
/// A verification ended: the teacher removed the school (删除任教信息) or the school removed the
/// teacher. Certificates issued on the old data are voided and reissued once verified again.
/// </summary>
public sealed record TeacherVerificationRevoked(Guid EventId, DateTimeOffset OccurredAt, Guid AccountId, Guid SchoolId, string Cause) : IIntegrationEvent;

/// <summary>A student or parent account became a teacher; a switch from student cleared the student's data.</summary>
public sealed record AccountIdentitySwitched(Guid EventId, DateTimeOffset OccurredAt, Guid AccountId, AccountIdentity From, AccountIdentity To, bool StudentDataCleared) : IIntegrationEvent;

/// <summary>The account's phone number changed (换绑); the old number no longer signs in.</summary>
public sealed record AccountPhoneRebound(Guid EventId, DateTimeOffset OccurredAt, Guid AccountId, string How) : IIntegrationEvent;
