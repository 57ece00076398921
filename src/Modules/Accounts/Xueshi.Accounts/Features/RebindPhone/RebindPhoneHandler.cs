using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Rebinding;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.RebindPhone;

internal sealed class RebindPhoneHandler(AccountsDbContext db, ICurrentUser currentUser, SmsCodeVerifier smsCodes, TimeProvider clock)
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
        if (!await smsCodes.TryConsumeAsync(account.Phone, SmsPurpose.RebindOldPhone, request.OldPhoneCode, cancellationToken))
        {
            throw CodeInvalid("oldPhoneCode");
        }

        if (!await smsCodes.TryConsumeAsync(request.NewPhone, SmsPurpose.RebindNewPhone, request.NewPhoneCode, cancellationToken))
        {
            throw CodeInvalid("newPhoneCode");
        }

        await PhoneRebinding.RebindAsync(db, account, request.NewPhone, PhoneRebinding.BySms, clock.GetUtcNow(), cancellationToken);
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

    private static Xueshi.BuildingBlocks.Errors.AppException CodeInvalid(string field) =>
        AccountsErrors.SmsCodeInvalid.ToException(new Dictionary<string, object?> { ["field"] = field });
}
