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

    /// <summary>On an approval: 是否心理健康教育教师 as verified (null when the teacher left it unanswered).</summary>
    public bool? IsPsychologyTeacher { get; private set; }

    /// <summary>On an approval: 是否担任班主任 as verified.</summary>
    public bool? IsHeadTeacher { get; private set; }

    /// <summary>An approval, with the roles it verified: what a certificate's eligibility rests on.</summary>
    public static VerificationRecord Approval(TeacherProfile profile, Guid schoolId, Guid adminId, DateTimeOffset now)
    {
        var record = Of(profile.AccountId, schoolId, VerificationAction.Approved, adminId, null, now);
        record.IsPsychologyTeacher = profile.IsPsychologyTeacher;
        record.IsHeadTeacher = profile.IsHeadTeacher;
        return record;
    }

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
