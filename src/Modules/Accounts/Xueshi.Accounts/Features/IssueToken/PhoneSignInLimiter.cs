using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace Xueshi.Accounts.Features.IssueToken;

/// <summary>
/// Sign-in attempts per phone number, whatever the address: many addresses (a botnet, a carrier's
/// NAT) cannot hammer one number. The per-address limit runs before model binding and cannot see
/// the phone, so this one is asked inside the handler, in memory, before any database work. The
/// failure lockout (5 in 15 minutes) stays the rule for wrong passwords; this one also counts
/// successes and SMS-code attempts.
/// </summary>
internal sealed class PhoneSignInLimiter : IDisposable
{
    public const string Setting = "Xueshi:RateLimits:SignInsPerPhonePerMinute";

    private readonly PartitionedRateLimiter<string> _limiter;

    public PhoneSignInLimiter(IConfiguration configuration)
    {
        var perMinute = Math.Max(1, configuration.GetValue(Setting, 10));
        _limiter = PartitionedRateLimiter.Create<string, string>(phone => RateLimitPartition.GetTokenBucketLimiter(phone, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Null when allowed; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string phone)
    {
        using var lease = _limiter.AttemptAcquire(phone);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
