using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Host.Composition;

/// <summary>
/// Per-address limits. The per-phone rules (one SMS code a minute, the sign-in lockout) are
/// business rules and live in Accounts; these stop one client from hammering many numbers.
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
            o.AddPolicy(RateLimitPolicies.SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                AddressOf(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    private static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
