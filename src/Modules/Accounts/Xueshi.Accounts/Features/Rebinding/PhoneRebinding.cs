using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.Rebinding;

/// <summary>
/// What every 换绑 does, by SMS or by support: the account takes the new number, every refresh
/// token it holds is revoked (sessions on the old number end; the person signs in again with the
/// new one) and AccountPhoneRebound is published. The caller saves, so it is one transaction.
/// </summary>
internal static class PhoneRebinding
{
    public const string BySms = "sms";
    public const string BySupport = "support";

    public static async Task RebindAsync(AccountsDbContext db, Account account, string newPhone, string how, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        account.ChangePhone(newPhone);
        var live = await db.RefreshTokens
            .Where(t => t.AccountId == account.Id && t.RevokedAt == null && t.SpentAt == null)
            .ToListAsync(cancellationToken);
        foreach (var token in live)
        {
            token.Revoke(now);
        }

        db.Publish(new AccountPhoneRebound(Guid.CreateVersion7(now), now, account.Id, how));
    }
}
