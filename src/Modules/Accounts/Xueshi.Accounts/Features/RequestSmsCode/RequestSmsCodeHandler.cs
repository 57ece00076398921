using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Sms;

namespace Xueshi.Accounts.Features.RequestSmsCode;

internal sealed class RequestSmsCodeHandler(AccountsDbContext db, ISmsSender sender, TimeProvider clock,
    IHttpContextAccessor http, IOptions<SmsLimitsOptions> limits)
    : IRequestHandler<RequestSmsCode, SmsCodeSent>
{
    public async Task<SmsCodeSent> Handle(RequestSmsCode request, CancellationToken cancellationToken)
    {
        var purpose = request.Purpose!.Value;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Two requests for the same number at once must not both pass the 60-second rule.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({request.Phone}, 0))", cancellationToken);

        var registered = await db.Accounts.AnyAsync(a => a.Phone == request.Phone, cancellationToken);
        // Codes that create an account on a number (or move one onto it) need a free number;
        // the others are only ever sent to a registered number.
        var forNewNumber = purpose is SmsPurpose.Register or SmsPurpose.RebindNewPhone;
        if (forNewNumber && registered)
        {
            throw AccountsErrors.PhoneTaken.ToException();
        }

        var since = now.AddDays(-1);
        var recent = await db.SmsCodes
            .Where(c => c.Phone == request.Phone && c.SentAt > since)
            .Select(c => c.SentAt)
            .ToListAsync(cancellationToken);
        if (recent.Count > 0 && now - recent.Max() < SmsCode.ResendAfter)
        {
            var wait = (int)Math.Ceiling((SmsCode.ResendAfter - (now - recent.Max())).TotalSeconds);
            throw AccountsErrors.SmsCodeTooFrequent.ToException(new Dictionary<string, object?> { ["retryAfterSeconds"] = wait });
        }

        if (recent.Count >= SmsCode.DailyLimitPerPhone)
        {
            throw AccountsErrors.SmsDailyLimit.ToException();
        }

        // The same address the per-hour limiter counts; this cap holds across restarts and instances.
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var fromAddress = await db.SmsCodes.CountAsync(c => c.RequestedFrom == address && c.SentAt > since, cancellationToken);
        if (fromAddress >= limits.Value.DailyLimitPerAddress)
        {
            throw AccountsErrors.SmsAddressDailyLimit.ToException();
        }

        var (code, plainText) = SmsCode.Issue(request.Phone, purpose, now, address);
        db.SmsCodes.Add(code);
        await db.SaveChangesAsync(cancellationToken);

        // A code for an unknown number that needs a registered one is recorded (the limits apply)
        // but never sent, and the answer is the same, so the endpoint does not tell who is registered.
        // A sign-in code is sent either way: signing in with it registers an unknown number
        // (未注册手机验证后自动注册), so known and unknown numbers get the same code and answer.
        if (forNewNumber || registered || purpose == SmsPurpose.SignIn)
        {
            await sender.SendCodeAsync(request.Phone, purpose, plainText, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SmsCodeSent(request.Phone, purpose, (int)SmsCode.Lifetime.TotalSeconds, (int)SmsCode.ResendAfter.TotalSeconds);
    }
}
