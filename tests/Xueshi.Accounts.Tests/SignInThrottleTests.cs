using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Five_failures_within_the_window_lock_for_fifteen_minutes()
    {
        var throttle = SignInThrottle.For("13800138000", Now);
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
        {
            throttle.RecordFailure(Now.AddMinutes(i));
            Assert.Null(throttle.RemainingLock(Now.AddMinutes(i)));
        }

        throttle.RecordFailure(Now.AddMinutes(5));
        Assert.Equal(SignInThrottle.LockDuration, throttle.RemainingLock(Now.AddMinutes(5)));
        Assert.Null(throttle.RemainingLock(Now.AddMinutes(5) + SignInThrottle.LockDuration));
    }

    [Fact]
    public void Failures_spread_beyond_the_window_do_not_lock()
    {
        var throttle = SignInThrottle.For("13800138000", Now);
        for (var i = 0; i < SignInThrottle.MaxFailures * 2; i++)
        {
            throttle.RecordFailure(Now.AddMinutes(i * 16));
        }

        Assert.Null(throttle.RemainingLock(Now.AddMinutes(SignInThrottle.MaxFailures * 32)));
    }

    [Fact]
    public void A_success_clears_the_count()
    {
        var throttle = SignInThrottle.For("13800138000", Now);
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
        {
            throttle.RecordFailure(Now);
        }

        throttle.Reset(Now);
        throttle.RecordFailure(Now);
        Assert.Null(throttle.RemainingLock(Now));
    }
}
