using System.Text;
using Microsoft.Extensions.Options;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.Host.Composition;

namespace Xueshi.Host.Database;

/// <summary>
/// Refuses to start without the settings production needs. A hosted service rather than
/// ValidateOnStart, because build-time OpenAPI generation starts the host without configuration.
/// </summary>
internal sealed class StartupChecks(IOptions<JwtOptions> jwt, IEnumerable<IModule> modules, IConfiguration configuration, IHostEnvironment environment)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (Encoding.UTF8.GetByteCount(jwt.Value.SigningKey) < 32)
        {
            problems.Add($"{JwtOptions.Section}:SigningKey must be set to a secret of at least 32 bytes (environment variable Xueshi__Jwt__SigningKey).");
        }

        problems.AddRange(DataProtectionRegistration.ConfigurationProblems(configuration, environment));
        problems.AddRange(modules.SelectMany(m => m.ConfigurationProblems(configuration, environment)));
        if (!environment.IsDevelopment() && configuration.GetValue(Xueshi.Host.DevClock.TestClock.EnabledSetting, false))
        {
            problems.Add($"{Xueshi.Host.DevClock.TestClock.EnabledSetting} moves the clock for tests and demos and is allowed only in Development.");
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Xueshi cannot start: " + string.Join(" ", problems));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
