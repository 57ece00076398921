using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Rebinding;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.RebindPhone;

internal sealed class RebindPhoneHandler(AccountsDbContext db, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RebindPhone, PhoneRebound>
{
    public async Task<PhoneRebound> Handle(RebindPhone request, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccountId();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            ?? throw AccountsErrors.AccountNotFound.ToException();

        if (request.NewPhone == account.Phone)
        {
            throw RebindingErrors.SamePhone.ToException();
        }

        if (await db.Accounts.AnyAsync(a => a.Phone == request.NewPhone, cancellationToken))
        {
            throw AccountsErrors.PhoneTaken.ToException();
        }

        // Both numbers must be in the person's hands: the old proves it is their account, the new that it is their phone.
        var now = clock.GetUtcNow();
        var oldCode = await LatestAsync(account.Phone, SmsPurpose.RebindOldPhone, cancellationToken);
        var newCode = await LatestAsync(request.NewPhone, SmsPurpose.RebindNewPhone, cancellationToken);
        var oldOk = oldCode?.TryConsume(request.OldPhoneCode, now) == true;
        var newOk = newCode?.TryConsume(request.NewPhoneCode, now) == true;
        if (!oldOk || !newOk)
        {
            // Wrong guesses count (saved now); a right code is left unspent, so a typo in one code
            // does not make the person wait for both to be sent again.
            foreach (var right in new[] { oldOk ? oldCode : null, newOk ? newCode : null }.OfType<SmsCode>())
            {
                db.Entry(right).State = EntityState.Unchanged;
            }

            await db.SaveChangesAsync(cancellationToken);
            throw AccountsErrors.SmsCodeInvalid.ToException(new Dictionary<string, object?> { ["field"] = oldOk ? "newPhoneCode" : "oldPhoneCode" });
        }

        var oldPhone = account.Phone;
        await PhoneRebinding.RebindAsync(db, account, request.NewPhone, PhoneRebinding.BySms, now, cancellationToken);
        audit.Add(AuditEventType.PhoneRebound, account.Id, nameof(Account), account.Id,
            detail: $"{Masking.Phone(oldPhone)} → {Masking.Phone(request.NewPhone)}, by SMS codes to both", fields: ["phone"]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone registered or rebound to the new number since the check: the unique index decided.
            throw AccountsErrors.PhoneTaken.ToException();
        }

        return new PhoneRebound(account.Phone);
    }

    /// <summary>Only the latest code of a phone and purpose counts, as everywhere (SmsCodeVerifier).</summary>
    private Task<SmsCode?> LatestAsync(string phone, SmsPurpose purpose, CancellationToken cancellationToken) =>
        db.SmsCodes.Where(c => c.Phone == phone && c.Purpose == purpose).OrderByDescending(c => c.SentAt).FirstOrDefaultAsync(cancellationToken);
}
