namespace Xueshi.Host.Composition;

/// <summary>Host settings under "Xueshi" (environment variables: Xueshi__Database__DataDirectory, …).</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Xueshi:Database";

    /// <summary>Where the embedded PostgreSQL keeps its cluster when no connection string is configured; default: .data/ at the repository root.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Port of the embedded PostgreSQL; 0 picks a free one (and keeps it across restarts).</summary>
    public int Port { get; set; }
}

internal sealed class RateLimitOptions
{
    public const string Section = "Xueshi:RateLimits";

    public int SmsCodesPerAddressPerHour { get; set; } = 30;

    /// <summary>Sustained sign-ins (and token refreshes) per address: a school behind one NAT address.</summary>
    public int SignInsPerAddressPerMinute { get; set; } = 300;

    /// <summary>How many may come at once from one address (the token bucket's size): every teacher at 8:00.</summary>
    public int SignInBurstPerAddress { get; set; } = 300;

    /// <summary>How often the sign-in bucket is topped up (with the per-minute rate's share of it).</summary>
    public TimeSpan SignInRefillPeriod { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>
    /// Heartbeats one playback may send at once: a player sends one every 5 s plus one per play, pause,
    /// seek, ended or page hide, so a burst of a few seeks stays well inside it.
    /// </summary>
    public int HeartbeatBurstPerPlayback { get; set; } = 10;

    /// <summary>Heartbeats a playback gets back per <see cref="HeartbeatRefillPeriod"/>: ten times a real player's pace.</summary>
    public int HeartbeatsPerPlaybackPerRefill { get; set; } = 2;

    public TimeSpan HeartbeatRefillPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Public certificate verifications per client address per minute. A school's staff checking a stack of paper
    /// certificates from one NAT address stays far below it; someone guessing serials gets a handful a minute.
    /// </summary>
    public int CertificateVerificationsPerAddressPerMinute { get; set; } = 30;
}

internal sealed class HttpLimitsOptions
{
    public const string Section = "Xueshi:Http";

    /// <summary>JSON bodies are small; anything larger is refused before it is read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
