using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features;

/// <summary>Spends the latest code sent to a phone for a purpose; older codes are dead once a new one is sent.</summary>
internal sealed class SmsCodeVerifier(AccountsDbContext db, TimeProvider clock)
{
    /// <summary>True when the code matched and is now spent. A wrong guess is saved at once, so it counts even when the caller throws.</summary>
    public async Task<bool> TryConsumeAsync(string phone, SmsPurpose purpose, string candidate, CancellationToken cancellationToken)
    {
        var latest = await db.SmsCodes
            .Where(c => c.Phone == phone && c.Purpose == purpose)
            .OrderByDescending(c => c.SentAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return false;
        }

        var consumed = latest.TryConsume(candidate, clock.GetUtcNow());
        if (!consumed)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return consumed;
    }
}
