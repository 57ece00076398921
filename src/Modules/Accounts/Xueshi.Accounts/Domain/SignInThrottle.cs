namespace Xueshi.Accounts.Domain;

/// <summary>
/// Failed sign-ins per phone number, whether or not an account has it, so the lockout itself does
/// not reveal which numbers are registered.
/// </summary>
internal sealed class SignInThrottle
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);

    private SignInThrottle()
    {
    }

    public string Phone { get; private set; } = "";

    public int Failures { get; private set; }

    public DateTimeOffset WindowStartedAt { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public static SignInThrottle For(string phone, DateTimeOffset now) => new() { Phone = phone, WindowStartedAt = now };

    public TimeSpan? RemainingLock(DateTimeOffset now) => LockedUntil is { } until && until > now ? until - now : null;

    public void RecordFailure(DateTimeOffset now)
    {
        if (now - WindowStartedAt > Window || (LockedUntil is { } until && until <= now))
        {
            Failures = 0;
            WindowStartedAt = now;
            LockedUntil = null;
        }

        Failures++;
        if (Failures >= MaxFailures)
        {
            LockedUntil = now + LockDuration;
        }
    }

    public void Reset(DateTimeOffset now)
    {
        Failures = 0;
        WindowStartedAt = now;
        LockedUntil = null;
    }
}
