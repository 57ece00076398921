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

    public int SignInsPerAddressPerMinute { get; set; } = 30;
}

internal sealed class HttpLimitsOptions
{
    public const string Section = "Xueshi:Http";

    /// <summary>JSON bodies are small; anything larger is refused before it is read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
