using Xueshi.Accounts.Audit;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Legal;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.Register;

internal sealed class RegisterAccountHandler(
    AccountsDbContext db,
    SmsCodeVerifier smsCodes,
    IPasswordHasher<Account> hasher,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<RegisterAccount, AccountCreated>
{
    public async Task<AccountCreated> Handle(RegisterAccount request, CancellationToken cancellationToken)
    {
        if (await db.Accounts.AnyAsync(a => a.Phone == request.Phone, cancellationToken))
        {
            throw AccountsErrors.PhoneTaken.ToException();
        }

        // Outdated texts are refused before the code is spent, so the person can agree again and resend the same code.
        var agreed = await ConsentBook.RequireCurrentAsync(db, request.UserAgreementVersion, request.PrivacyPolicyVersion, cancellationToken);

        if (!await smsCodes.TryConsumeAsync(request.Phone, SmsPurpose.Register, request.SmsCode, cancellationToken))
        {
            throw AccountsErrors.SmsCodeInvalid.ToException();
        }

        var now = clock.GetUtcNow();
        var account = Account.Register(request.Phone, request.Identity!.Value, request.Nickname, now);
        account.SetPasswordHash(hasher.HashPassword(account, request.Password));
        db.Accounts.Add(account);
        ConsentBook.Record(db, account.Id, agreed, now, audit);
        db.Publish(new AccountRegistered(Guid.CreateVersion7(now), now, account.Id, account.Identity.ToString()));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two registrations of one number raced past the check above; the unique index decided.
            throw AccountsErrors.PhoneTaken.ToException();
        }

        return new AccountCreated(account.Id, account.Phone, account.Identity, account.Nickname);
    }
}
