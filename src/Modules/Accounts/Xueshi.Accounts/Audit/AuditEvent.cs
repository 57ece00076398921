using Xueshi.Accounts.Contracts.Audit;

namespace Xueshi.Accounts.Audit;

/// <summary>
/// One audit record. Append-only: nothing in the application updates or deletes one, and a database
/// trigger refuses it for anyone else (see the AuditTrailAppendOnly migration). Kept at least six
/// months (等保 2.0: ≥ 6 months of audit records); nothing purges them today.
/// </summary>
internal sealed class AuditEvent
{
    private AuditEvent()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public AuditEventType Type { get; private set; }

    /// <summary>Who acted: the signed-in account; none for an anonymous sign-in attempt.</summary>
    public Guid? ActorAccountId { get; private set; }

    /// <summary>Whose data or account: empty when unknown (a failed sign-in for an unknown number).</summary>
    public Guid[] SubjectAccountIds { get; private set; } = [];

    /// <summary>Which fields were read or changed.</summary>
    public string[] Fields { get; private set; } = [];

    /// <summary>What was read or changed (School, PhoneRebindRequest, RoleGrant, Account …) and its id.</summary>
    public string? ResourceType { get; private set; }

    public Guid? ResourceId { get; private set; }

    /// <summary>The API operation (its OpenAPI operationId, e.g. ListSchoolTeachers).</summary>
    public string Operation { get; private set; } = "";

    /// <summary>The client's address as the server saw it.</summary>
    public string? Address { get; private set; }

    /// <summary>A short note with no personal data in clear: the role granted, a masked phone number.</summary>
    public string? Detail { get; private set; }

    public static AuditEvent Create(
        AuditEventType type,
        DateTimeOffset now,
        Guid? actor,
        IEnumerable<Guid> subjects,
        IEnumerable<string> fields,
        string? resourceType,
        Guid? resourceId,
        string operation,
        string? address,
        string? detail) => new()
    {
        Id = Guid.CreateVersion7(now),
        OccurredAt = now,
        Type = type,
        ActorAccountId = actor,
        SubjectAccountIds = subjects.Distinct().ToArray(),
        Fields = fields.Distinct().ToArray(),
        ResourceType = resourceType,
        ResourceId = resourceId,
        Operation = operation,
        Address = address,
        Detail = detail,
    };
}
