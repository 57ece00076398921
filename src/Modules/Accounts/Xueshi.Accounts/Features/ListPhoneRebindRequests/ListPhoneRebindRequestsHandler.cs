using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Directory;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.ListPhoneRebindRequests;

internal sealed class ListPhoneRebindRequestsHandler(AccountsDbContext db, AdminScope scope, AuditTrail audit)
    : IRequestHandler<ListPhoneRebindRequests, IReadOnlyList<PhoneRebindRequestItem>>
{
    private const int Limit = 200;

    public async Task<IReadOnlyList<PhoneRebindRequestItem>> Handle(ListPhoneRebindRequests request, CancellationToken cancellationToken)
    {
        await scope.RequireRoleAsync(AccountRole.Support, cancellationToken);
        var requests = db.PhoneRebindRequests.AsNoTracking();
        if (QueryEnum.TryParse<RebindRequestStatus>(request.Status, out var parsed) && parsed is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }

        // Oldest first: the queue is worked in the order people asked.
        var items = await (
                from r in requests
                from a in db.Accounts.Where(a => a.Phone == r.OldPhone).DefaultIfEmpty()
                from p in db.TeacherProfiles.Where(p => a != null && p.AccountId == a.Id).DefaultIfEmpty()
                orderby r.SubmittedAt
                select new { Account = a == null ? (Guid?)null : a.Id, Item = new PhoneRebindRequestItem(r.Id, r.RealName, r.IdNumberMasked, r.OldPhone, r.NewPhone, r.SubmittedAt, r.Status,
                    a != null,
                    p != null && p.RealName == r.RealName && p.IdNumberHash == r.IdNumberHash,
                    r.DecisionReason, r.DecidedAt) })
            .Take(Limit)
            .ToListAsync(cancellationToken);

        // Whose data: the accounts of the old numbers, where there is one (a stranger's request has none).
        await audit.RecordReadAsync(items.Where(x => x.Account is not null).Select(x => x.Account!.Value),
            ["realName", "idNumberMasked", "oldPhone", "newPhone"], "PhoneRebindRequest", resourceId: null, cancellationToken);
        return items.Select(x => x.Item).ToList();
    }
}
