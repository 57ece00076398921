using MediatR;

namespace Xueshi.Accounts.Features.Verification.DecideVerifications;

/// <summary>审核: approve (认证通过) or reject (认证未通过).</summary>
internal enum VerificationDecision
{
    Approve,
    Reject,
}

/// <summary>What became of one teacher in a bulk decision.</summary>
internal enum DecisionOutcome
{
    /// <summary>Approved now.</summary>
    Approved,

    /// <summary>Rejected now.</summary>
    Rejected,

    /// <summary>Not waiting for a decision (already decided, perhaps by another admin a moment ago).</summary>
    NotPending,

    /// <summary>Not a teacher of this school.</summary>
    NotFound,
}

/// <param name="AccountIds">The teachers to decide on, 1 to 300; repeated ids count once.</param>
/// <param name="Decision">approve or reject.</param>
/// <param name="Reason">Why, 1 to 200 characters; required to reject, shown to the teacher.</param>
internal sealed record DecideVerificationsBody(IReadOnlyList<Guid>? AccountIds, VerificationDecision? Decision, string? Reason);

internal sealed record DecideVerifications(Guid SchoolId, IReadOnlyList<Guid>? AccountIds, VerificationDecision? Decision, string? Reason)
    : IRequest<DecisionResults>
{
    public const int MaxTeachers = 300;
}

/// <param name="Results">One per distinct requested teacher, in the order asked.</param>
internal sealed record DecisionResults(IReadOnlyList<DecisionResult> Results);

/// <param name="AccountId">The teacher.</param>
/// <param name="Outcome">approved, rejected, notPending or notFound.</param>
internal sealed record DecisionResult(Guid AccountId, DecisionOutcome Outcome);
