using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Tokens;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts.Features.IssueToken;

internal sealed class IssueTokenHandler(
    AccountsDbContext db,
    SmsCodeVerifier smsCodes,
    IPasswordHasher<Account> hasher,
    TokenIssuer tokens,
    PhoneSignInLimiter phoneLimit,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<IssueToken, TokenResponse>
{
    // Verifying against a real hash when the phone is unknown keeps the answer time the same,
    // so timing does not reveal which numbers are registered.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<Account>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<TokenResponse> Handle(IssueToken request, CancellationToken cancellationToken)
    {
        if (phoneLimit.TryAcquire(request.Phone) is { } wait)
        {
            throw CommonErrors.RateLimited.ToException(new Dictionary<string, object?>
            {
                ["retryAfterSeconds"] = (int)Math.Ceiling(wait.TotalSeconds),
            });
        }

        var now = clock.GetUtcNow();
        var throttle = await db.SignInThrottles.FindAsync([request.Phone], cancellationToken);
        if (throttle?.RemainingLock(now) is { } remaining)
        {
            throw AccountsErrors.SignInLocked.ToException(new Dictionary<string, object?>
            {
                ["retryAfterSeconds"] = (int)Math.Ceiling(remaining.TotalSeconds),
            });
        }

        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Phone == request.Phone, cancellationToken);
        var succeeded = !string.IsNullOrEmpty(request.Password)
            ? VerifyPassword(account, request.Password)
            : await smsCodes.TryConsumeAsync(request.Phone, SmsPurpose.SignIn, request.SmsCode!, cancellationToken);

        var method = string.IsNullOrEmpty(request.Password) ? "smsCode" : "password";
        if (!succeeded)
        {
            // The number masked: the record is about an attempt, perhaps a stranger's, not a disclosure.
            audit.Add(AuditEventType.SignInFailed, account?.Id, nameof(Account), account?.Id,
                detail: $"{Masking.Phone(request.Phone)} by {method}", actor: null);
            await RecordFailureAsync(throttle, request.Phone, now, cancellationToken);
            throw AccountsErrors.InvalidCredentials.ToException();
        }

        if (account is null)
        {
            // 未注册手机验证后自动注册: the code proved the phone; the account starts with its basics
            // (identity, nickname, consent) still to choose, and no password.
            account = Account.RegisterBySms(request.Phone, now);
            db.Accounts.Add(account);
        }

        throttle?.Reset(now);
        audit.Add(AuditEventType.SignInSucceeded, account.Id, nameof(Account), account.Id, detail: $"by {method}", actor: account.Id);
        var response = await tokens.IssueAsync(db, account, refreshFamily: null, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two first sign-ins of one new number at once: the other one created the account.
            throw AccountsErrors.InvalidCredentials.ToException();
        }

        return response;
    }

    private bool VerifyPassword(Account? account, string password)
    {
        // No account, or one created by an SMS sign-in that has no password yet: the same work and
        // the same answer as a wrong password, so the answer does not tell who is registered.
        if (account is null || !account.HasPassword)
        {
            hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
            return false;
        }

        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.SetPasswordHash(hasher.HashPassword(account, password));
        }

        return result != PasswordVerificationResult.Failed;
    }

    private async Task RecordFailureAsync(SignInThrottle? throttle, string phone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (throttle is null)
        {
            throttle = SignInThrottle.For(phone, now);
            db.SignInThrottles.Add(throttle);
        }

        var wasLocked = throttle.RemainingLock(now) is not null;
        throttle.RecordFailure(now);
        if (!wasLocked && throttle.RemainingLock(now) is not null)
        {
            audit.Add(AuditEventType.SignInLockedOut, subject: null, detail: $"{Masking.Phone(phone)} for {SignInThrottle.LockDuration.TotalMinutes} min", actor: null);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent failure for the same number created the row first; one lost count is harmless,
            // a lost audit record is not: save it without the throttle.
            db.Entry(throttle).State = EntityState.Detached;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
