using System.Text;
using Microsoft.Extensions.Options;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Host.Database;

/// <summary>
/// Refuses to start without the settings production needs. A hosted service rather than
/// ValidateOnStart, because build-time OpenAPI generation starts the host without configuration.
/// </summary>
internal sealed class StartupChecks(IOptions<JwtOptions> jwt) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(jwt.Value.SigningKey) < 32)
        {
            throw new InvalidOperationException(
                $"{JwtOptions.Section}:SigningKey must be set to a secret of at least 32 bytes (environment variable Xueshi__Jwt__SigningKey).");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
