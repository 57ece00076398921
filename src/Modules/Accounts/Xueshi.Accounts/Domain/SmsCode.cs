using System.Security.Cryptography;
using System.Text;

namespace Xueshi.Accounts.Domain;

internal sealed class SmsCode
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(60);
    public const int DailyLimitPerPhone = 10;
    public const int MaxFailedAttempts = 5;

    private SmsCode()
    {
    }

    public Guid Id { get; private set; }

    public string Phone { get; private set; } = "";

    public SmsPurpose Purpose { get; private set; }

    /// <summary>Only a hash is kept, so a database dump does not hand out live codes.</summary>
    public string CodeHash { get; private set; } = "";

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>The client address that asked for it, so codes are counted per address as well as per phone.</summary>
    public string? RequestedFrom { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? ConsumedAt { get; private set; }

    public int FailedAttempts { get; private set; }

    public static (SmsCode Code, string PlainText) Issue(string phone, SmsPurpose purpose, DateTimeOffset now, string? requestedFrom = null)
    {
        var plain = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var code = new SmsCode
        {
            Id = Guid.CreateVersion7(now),
            Phone = phone,
            Purpose = purpose,
            CodeHash = Hash(phone, purpose, plain),
            SentAt = now,
            RequestedFrom = requestedFrom,
            ExpiresAt = now + Lifetime,
        };
        return (code, plain);
    }

    public bool IsUsable(DateTimeOffset now) => ConsumedAt is null && now < ExpiresAt && FailedAttempts < MaxFailedAttempts;

    /// <summary>Spends the code when it matches; a wrong guess counts, and enough of them kill it.</summary>
    public bool TryConsume(string candidate, DateTimeOffset now)
    {
        if (!IsUsable(now))
        {
            return false;
        }

        var matches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(CodeHash), Encoding.ASCII.GetBytes(Hash(Phone, Purpose, candidate)));
        if (!matches)
        {
            FailedAttempts++;
            return false;
        }

        ConsumedAt = now;
        return true;
    }

    private static string Hash(string phone, SmsPurpose purpose, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{phone}:{purpose}:{code}")));
}
