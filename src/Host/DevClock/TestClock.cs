namespace Xueshi.Host.DevClock;

/// <summary>
/// The Host's clock in Development: real time plus an offset a test or a demo moves (Stripe's test
/// clocks are the model). Everything that asks <see cref="TimeProvider"/> for now follows it:
/// heartbeats, windows, tokens, certificate dates. Time keeps flowing from the moved instant, so a
/// player left running behaves as it would. Timers and timestamps stay real (a delay is still a
/// real delay), so only the date changes, never how long things take. Public for the API tests,
/// which hand the same clock to the Host they start.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public const string EnabledSetting = "Xueshi:TestClock:Enabled";

    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public DateTimeOffset SetTo(DateTimeOffset instant)
    {
        Interlocked.Exchange(ref _offsetTicks, (instant - System.GetUtcNow()).Ticks);
        return GetUtcNow();
    }

    public DateTimeOffset Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }

    public DateTimeOffset Reset()
    {
        Interlocked.Exchange(ref _offsetTicks, 0);
        return GetUtcNow();
    }
}
