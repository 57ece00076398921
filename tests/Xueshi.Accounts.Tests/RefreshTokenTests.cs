using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class RefreshTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_rotated_token_stays_in_its_family()
    {
        var (first, _) = RefreshToken.Issue(Guid.NewGuid(), null, Now);
        var (second, _) = RefreshToken.Issue(first.AccountId, first.FamilyId, Now);
        Assert.Equal(first.Id, first.FamilyId);
        Assert.Equal(first.FamilyId, second.FamilyId);
    }

    [Fact]
    public void Only_the_hash_is_kept_and_it_matches_the_plain_token()
    {
        var (token, plain) = RefreshToken.Issue(Guid.NewGuid(), null, Now);
        Assert.NotEqual(plain, token.TokenHash);
        Assert.Equal(token.TokenHash, RefreshToken.HashOf(plain));
    }

    [Fact]
    public void A_spent_revoked_or_expired_token_is_not_active()
    {
        var (spent, _) = RefreshToken.Issue(Guid.NewGuid(), null, Now);
        spent.Spend(Now);
        var (revoked, _) = RefreshToken.Issue(Guid.NewGuid(), null, Now);
        revoked.Revoke(Now);
        var (old, _) = RefreshToken.Issue(Guid.NewGuid(), null, Now);

        Assert.False(spent.IsActive(Now));
        Assert.False(revoked.IsActive(Now));
        Assert.False(old.IsActive(Now + RefreshToken.Lifetime));
        Assert.True(old.IsActive(Now + RefreshToken.Lifetime - TimeSpan.FromSeconds(1)));
    }
}
