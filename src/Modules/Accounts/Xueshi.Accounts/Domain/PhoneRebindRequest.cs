namespace Xueshi.Accounts.Domain;

internal enum RebindRequestStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// 换绑 when the old number is gone: the teacher sends name, ID number, old and new number and an
/// ID photo; a support agent checks them and approves or rejects.
/// </summary>
internal sealed class PhoneRebindRequest
{
    private PhoneRebindRequest()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The account of the old number, when there is one.</summary>
    public Guid? AccountId { get; private set; }

    public string RealName { get; private set; } = "";

    public string IdNumberHash { get; private set; } = "";

    public string IdNumberMasked { get; private set; } = "";

    public string OldPhone { get; private set; } = "";

    public string NewPhone { get; private set; } = "";

    public RebindRequestStatus Status { get; private set; }

    public string? DecisionReason { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public static PhoneRebindRequest Submit(Guid? accountId, string realName, ProtectedIdNumber idNumber, string oldPhone, string newPhone, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        RealName = realName.Trim(),
        IdNumberHash = idNumber.Hash,
        IdNumberMasked = idNumber.Masked,
        OldPhone = oldPhone,
        NewPhone = newPhone,
        Status = RebindRequestStatus.Pending,
        SubmittedAt = now,
    };

    public void Approve(Guid agentId, DateTimeOffset now) => Decide(RebindRequestStatus.Approved, agentId, null, now);

    public void Reject(Guid agentId, string reason, DateTimeOffset now) => Decide(RebindRequestStatus.Rejected, agentId, reason.Trim(), now);

    private void Decide(RebindRequestStatus status, Guid agentId, string? reason, DateTimeOffset now)
    {
        if (Status != RebindRequestStatus.Pending)
        {
            throw new InvalidOperationException("The request was decided already.");
        }

        Status = status;
        DecidedBy = agentId;
        DecisionReason = reason;
        DecidedAt = now;
    }
}

/// <summary>The ID photo of a request, kept apart so lists never load the bytes.</summary>
internal sealed class PhoneRebindPhoto
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public Guid RequestId { get; set; }

    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];
}
