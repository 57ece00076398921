using MediatR;
using Xueshi.Accounts.Contracts.Audit;

namespace Xueshi.Accounts.Features.ListAuditEvents;

/// <param name="Type">Only records of this type (personalDataRead, signInSucceeded, signInFailed, signInLockedOut, consentGiven, roleGranted, roleRevoked, passwordSet, passwordReset, phoneRebound, auditTrailQueried).</param>
/// <param name="ActorId">Only what this account did.</param>
/// <param name="SubjectId">Only records about this account's data.</param>
/// <param name="From">From this instant on (inclusive), ISO 8601 with an offset, e.g. 2026-11-01T00:00:00+08:00.</param>
/// <param name="To">Before this instant (exclusive), ISO 8601 with an offset.</param>
/// <param name="Page">1-based page number; default 1.</param>
/// <param name="PageSize">1 to 100; default 50.</param>
internal sealed record ListAuditEvents(string? Type, Guid? ActorId, Guid? SubjectId, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize)
    : IRequest<AuditEventPage>
{
    public const int DefaultPageSize = 50;
}

/// <param name="Items">The records of this page, newest first.</param>
/// <param name="Page">The page number.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Total">How many records match in all.</param>
internal sealed record AuditEventPage(IReadOnlyList<AuditEventResponse> Items, int Page, int PageSize, int Total);

/// <param name="Id">The record's id.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Type">What happened.</param>
/// <param name="ActorAccountId">Who acted; none for an anonymous sign-in attempt.</param>
/// <param name="SubjectAccountIds">Whose data or account.</param>
/// <param name="Fields">Which fields were read or changed.</param>
/// <param name="ResourceType">What was read or changed: School, PhoneRebindRequest, RoleGrant, Account, AuditTrail.</param>
/// <param name="ResourceId">Its id.</param>
/// <param name="Operation">The API operation (operationId), e.g. ListSchoolTeachers.</param>
/// <param name="Address">The client's address as the server saw it.</param>
/// <param name="Detail">A short note without personal data in clear, e.g. the role granted.</param>
internal sealed record AuditEventResponse(
    Guid Id,
    DateTimeOffset OccurredAt,
    AuditEventType Type,
    Guid? ActorAccountId,
    IReadOnlyList<Guid> SubjectAccountIds,
    IReadOnlyList<string> Fields,
    string? ResourceType,
    Guid? ResourceId,
    string Operation,
    string? Address,
    string? Detail);
