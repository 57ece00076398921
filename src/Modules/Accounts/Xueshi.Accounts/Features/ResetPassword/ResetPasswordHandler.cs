using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Tokens;

namespace Xueshi.Accounts.Features.ResetPassword;

internal sealed class ResetPasswordHandler(
    AccountsDbContext db,
    SmsCodeVerifier smsCodes,
    IPasswordHasher<Account> hasher,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<ResetPassword, Unit>
{
    public async Task<Unit> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Phone == request.Phone, cancellationToken);

        // An unknown number gets the same answer as a wrong code: this endpoint tells nobody who is registered.
        if (account is null || !await smsCodes.TryConsumeAsync(request.Phone, SmsPurpose.ResetPassword, request.SmsCode, cancellationToken))
        {
            throw AccountsErrors.SmsCodeInvalid.ToException();
        }

        var now = clock.GetUtcNow();
        var hadPassword = !string.IsNullOrEmpty(account.PasswordHash);
        account.SetPasswordHash(hasher.HashPassword(account, request.NewPassword));
        // Anonymous by design (the SMS code is the proof): the account itself is the actor.
        audit.Add(hadPassword ? AuditEventType.PasswordReset : AuditEventType.PasswordSet, account.Id, nameof(Account), account.Id,
            fields: ["password"], actor: account.Id);

        // A reset usually means the old password leaked: every session signed in with it ends.
        await Sessions.EndAllAsync(db, account.Id, now, cancellationToken);
        var throttle = await db.SignInThrottles.FindAsync([request.Phone], cancellationToken);
        throttle?.Reset(now);

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
