using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Tokens;

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
        await Sessions.EndAllAsync(db, account.Id, now, cancellationToken);

        db.Publish(new AccountPhoneRebound(Guid.CreateVersion7(now), now, account.Id, how));
    }
}
