using System.Security.Cryptography;
using System.Text;

namespace Xueshi.Accounts.Domain;

/// <summary>
/// A long-lived, single-use token. Each use replaces it with the next one of the same family; a
/// spent token presented again means it was stolen, and the whole family is revoked.
/// </summary>
internal sealed class RefreshToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private RefreshToken()
    {
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? SpentAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static (RefreshToken Token, string PlainText) Issue(Guid accountId, Guid? familyId, DateTimeOffset now)
    {
        var plain = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var id = Guid.CreateVersion7(now);
        return (new RefreshToken
        {
            Id = id,
            AccountId = accountId,
            FamilyId = familyId ?? id,
            TokenHash = HashOf(plain),
            IssuedAt = now,
            ExpiresAt = now + Lifetime,
        }, plain);
    }

    public static string HashOf(string plainText) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(plainText)));

    public bool IsActive(DateTimeOffset now) => SpentAt is null && RevokedAt is null && now < ExpiresAt;

    public bool WasSpent => SpentAt is not null;

    public void Spend(DateTimeOffset now) => SpentAt = now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
