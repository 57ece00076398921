using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.ListAuditEvents;

internal sealed class ListAuditEventsHandler(AccountsDbContext db, AdminScope scope, AuditTrail audit)
    : IRequestHandler<ListAuditEvents, AuditEventPage>
{
    public async Task<AuditEventPage> Handle(ListAuditEvents request, CancellationToken cancellationToken)
    {
        await scope.RequireRoleAsync(AccountRole.Operator, cancellationToken);
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? ListAuditEvents.DefaultPageSize;

        var events = db.AuditEvents.AsNoTracking();
        if (QueryEnum.TryParse<AuditEventType>(request.Type, out var parsed) && parsed is { } type)
        {
            events = events.Where(e => e.Type == type);
        }

        if (request.ActorId is { } actor)
        {
            events = events.Where(e => e.ActorAccountId == actor);
        }

        if (request.SubjectId is { } subject)
        {
            events = events.Where(e => e.SubjectAccountIds.Contains(subject));
        }

        if (request.From is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }

        if (request.To is { } to)
        {
            events = events.Where(e => e.OccurredAt < to);
        }

        var total = await events.CountAsync(cancellationToken);
        var items = await events
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditEventResponse(e.Id, e.OccurredAt, e.Type, e.ActorAccountId, e.SubjectAccountIds, e.Fields,
                e.ResourceType, e.ResourceId, e.Operation, e.Address, e.Detail))
            .ToListAsync(cancellationToken);

        // The trail shows who read whose data: reading it is itself recorded, before it is served.
        await audit.RecordReadAsync(items.SelectMany(i => i.SubjectAccountIds), ["auditEvents"], "AuditTrail", resourceId: null, cancellationToken,
            AuditEventType.AuditTrailQueried);
        return new AuditEventPage(items, page, pageSize, total);
    }
}
