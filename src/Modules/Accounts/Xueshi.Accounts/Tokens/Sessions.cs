using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Tokens;

/// <summary>Ending sessions, the one way every use case does it: by revoking refresh tokens.</summary>
internal static class Sessions
{
    /// <summary>
    /// Every session of the account (password reset, 换绑). Tracked, so the revocation commits in the
    /// caller's SaveChanges together with the change that caused it.
    /// </summary>
    public static async Task EndAllAsync(AccountsDbContext db, Guid accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = await db.RefreshTokens
            .Where(t => t.AccountId == accountId && t.RevokedAt == null && t.SpentAt == null)
            .ToListAsync(cancellationToken);
        foreach (var token in live)
        {
            token.Revoke(now);
        }
    }

    /// <summary>One sign-in and every token rotated from it (sign-out, a replayed refresh token), at once.</summary>
    public static Task EndFamilyAsync(AccountsDbContext db, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
}
