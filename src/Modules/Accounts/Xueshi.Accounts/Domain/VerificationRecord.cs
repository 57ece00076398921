namespace Xueshi.Accounts.Domain;

internal enum VerificationAction
{
    Submitted,
    Approved,
    Rejected,
    RemovedByTeacher,
    RemovedBySchool,
}

/// <summary>The history of a teacher's verification: who decided what, when, and why.</summary>
internal sealed class VerificationRecord
{
    private VerificationRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid SchoolId { get; private set; }

    public VerificationAction Action { get; private set; }

    public string? Reason { get; private set; }

    public Guid ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static VerificationRecord Of(Guid accountId, Guid schoolId, VerificationAction action, Guid actorId, string? reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        SchoolId = schoolId,
        Action = action,
        Reason = reason,
        ActorId = actorId,
        At = now,
    };
}
