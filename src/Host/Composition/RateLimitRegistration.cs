using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Host.Composition;

/// <summary>
/// Per-address limits. The per-phone rules (one SMS code a minute, sign-ins per phone, the sign-in
/// lockout) need the request body and live in Accounts; these stop one client from hammering many numbers.
/// </summary>
internal static class RateLimitRegistration
{
    public static IServiceCollection AddXueshiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var problem = CommonErrors.RateLimited.ToProblemDetails(http);
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    problem.Extensions["retryAfterSeconds"] = (int)Math.Ceiling(retryAfter.TotalSeconds);
                }

                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
            };
            o.AddPolicy(RateLimitPolicies.SmsCodes, http => RateLimitPartition.GetFixedWindowLimiter(
                AddressOf(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SmsCodesPerAddressPerHour, Window = TimeSpan.FromHours(1) }));
            // A school's teachers sign in together at 8:00 from one NAT address: a token bucket lets
            // the whole burst through (up to SignInBurstPerAddress at once) and refills steadily, a
            // tenth of the minute's allowance every 6 seconds, instead of a window that slams shut.
            o.AddPolicy(RateLimitPolicies.SignIn, http => RateLimitPartition.GetTokenBucketLimiter(
                AddressOf(http),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, limits.SignInBurstPerAddress),
                    TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(limits.SignInsPerAddressPerMinute * limits.SignInRefillPeriod.TotalMinutes)),
                    ReplenishmentPeriod = limits.SignInRefillPeriod,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            // Partitioned by the playback in the route (not the address: a school's NAT carries many players),
            // so one playback's flood is refused while every other playback goes on.
            o.AddPolicy(RateLimitPolicies.Heartbeats, http => RateLimitPartition.GetTokenBucketLimiter(
                http.Request.RouteValues.TryGetValue("playbackId", out var playback) ? playback?.ToString() ?? "" : "",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, limits.HeartbeatBurstPerPlayback),
                    TokensPerPeriod = Math.Max(1, limits.HeartbeatsPerPlaybackPerRefill),
                    ReplenishmentPeriod = limits.HeartbeatRefillPeriod,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            o.AddPolicy(RateLimitPolicies.CertificateVerification, http => RateLimitPartition.GetFixedWindowLimiter(
                AddressOf(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits.CertificateVerificationsPerAddressPerMinute), Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    private static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
