using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.ListPhoneRebindRequests;
using Xueshi.Accounts.Features.Rebinding;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.DecidePhoneRebindRequest;

internal sealed class DecidePhoneRebindRequestHandler(AccountsDbContext db, AdminScope scope, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<DecidePhoneRebindRequest, PhoneRebindRequestItem>
{
    public async Task<PhoneRebindRequestItem> Handle(DecidePhoneRebindRequest request, CancellationToken cancellationToken)
    {
        await scope.RequireRoleAsync(AccountRole.Support, cancellationToken);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Two agents deciding the same request at once: the second waits here and then sees it decided.
        var rebind = await db.PhoneRebindRequests
            .FromSql($"SELECT * FROM accounts.phone_rebind_requests WHERE id = {request.RequestId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw RebindingErrors.RequestNotFound.ToException();
        if (rebind.Status != RebindRequestStatus.Pending)
        {
            throw RebindingErrors.AlreadyDecided.ToException();
        }

        Account? account = null;
        if (request.Approve == true)
        {
            // The account of the old number as it is now, not as it was when the request came in.
            account = await db.Accounts.SingleOrDefaultAsync(a => a.Phone == rebind.OldPhone, cancellationToken)
                ?? throw RebindingErrors.NoAccount.ToException();
            if (await db.Accounts.AnyAsync(a => a.Phone == rebind.NewPhone, cancellationToken))
            {
                throw AccountsErrors.PhoneTaken.ToException();
            }

            await PhoneRebinding.RebindAsync(db, account, rebind.NewPhone, PhoneRebinding.BySupport, now, cancellationToken);
            audit.Add(AuditEventType.PhoneRebound, account.Id, nameof(PhoneRebindRequest), rebind.Id,
                detail: $"{Masking.Phone(rebind.OldPhone)} → {Masking.Phone(rebind.NewPhone)}, approved by support", fields: ["phone"]);
            rebind.Approve(scope.AccountId, now);
        }
        else
        {
            rebind.Reject(scope.AccountId, request.Reason!, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw AccountsErrors.PhoneTaken.ToException();
        }

        var profile = account is null ? null
            : await db.TeacherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == account.Id, cancellationToken);
        return new PhoneRebindRequestItem(rebind.Id, rebind.RealName, rebind.IdNumberMasked, rebind.OldPhone, rebind.NewPhone,
            rebind.SubmittedAt, rebind.Status, account is not null,
            profile is not null && profile.RealName == rebind.RealName && profile.IdNumberHash == rebind.IdNumberHash,
            rebind.DecisionReason, rebind.DecidedAt);
    }
}
