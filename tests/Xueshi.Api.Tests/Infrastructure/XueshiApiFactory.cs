using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>
/// The real Host, in the Development environment (its dev SMS inbox) unless told otherwise, on a real
/// PostgreSQL database.
/// </summary>
public sealed class XueshiApiFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null, string environment = "Development") : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = connectionString;

    /// <summary>The Host's own test clock (the one /api/v1/dev/clock moves), shared with the test.</summary>
    public Xueshi.Host.DevClock.TestClock Clock { get; } = StartClock();

    /// <summary>
    /// XUESHI_TESTS_START_AT (an ISO 8601 instant) runs the suite at another moment, as CI might:
    /// late in a UTC day is already tomorrow in Beijing, which a date test that holds only by day
    /// would get wrong. One offset for the whole run, so every Host of it agrees on now.
    /// </summary>
    private static readonly TimeSpan StartOffset =
        Environment.GetEnvironmentVariable("XUESHI_TESTS_START_AT") is { Length: > 0 } startAt
            ? DateTimeOffset.Parse(startAt, System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow
            : TimeSpan.Zero;

    private static Xueshi.Host.DevClock.TestClock StartClock()
    {
        var clock = new Xueshi.Host.DevClock.TestClock();
        clock.Advance(StartOffset);
        return clock;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Xueshi", ConnectionString);
        builder.UseSetting("Xueshi:DemoData", "false");
        builder.UseSetting("Xueshi:Outbox:PollInterval", "00:00:00.200");
        // Limits per client address are proven in their own class; elsewhere every test shares one address.
        builder.UseSetting("Xueshi:RateLimits:SmsCodesPerAddressPerHour", "100000");
        builder.UseSetting("Xueshi:RateLimits:SignInsPerAddressPerMinute", "100000");
        builder.UseSetting("Xueshi:RateLimits:SignInBurstPerAddress", "100000");
        builder.UseSetting("Xueshi:RateLimits:SignInsPerPhonePerMinute", "100000");
        builder.UseSetting("Xueshi:Sms:DailyLimitPerAddress", "100000");
        // Simulated players send heartbeats as fast as the test moves the clock; the per-playback limit has its own class.
        builder.UseSetting("Xueshi:RateLimits:HeartbeatBurstPerPlayback", "100000");
        builder.UseSetting("Xueshi:RateLimits:HeartbeatsPerPlaybackPerRefill", "100000");
        // Uploads and demo media go to a throwaway directory, never into the checkout's .data/media.
        builder.UseSetting("Xueshi:Media:Directory", Path.Combine(Path.GetTempPath(), "xueshi-media-tests", Guid.NewGuid().ToString("N")));
        // Certificates are signed with the run's test key, never one generated into the checkout's .data/.
        builder.UseSetting("Xueshi:Certificates:Signing:KeysDirectory", TestSigningKeys.Directory);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton(Clock);
            s.AddSingleton<TimeProvider>(Clock);
            // PBKDF2 at its production cost (100 000 rounds) took a large share of the suite's CPU;
            // hashing and verifying work the same at any count.
            s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            s.AddSingleton<IStartupFilter, LoopbackClientAddress>();
            services?.Invoke(s);
        });
    }
}

/// <summary>
/// Kestrel always knows the client's address; the in-memory test server knows none. Every test
/// request comes from 127.0.0.1, as a browser on the same machine would.
/// </summary>
internal sealed class LoopbackClientAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
