using Xueshi.BuildingBlocks.Hosting;
using Microsoft.Extensions.Options;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.BuildingBlocks.Persistence.LocalPostgres;
using Xueshi.Host.Composition;

namespace Xueshi.Host.Database;

/// <summary>
/// Brings the database up before the server takes requests: the configured PostgreSQL, or with
/// none configured a private cluster under .data/; then every module's migrations, then the demo
/// data when asked for. Runs as a hosted service so that build-time OpenAPI generation, which
/// builds the host without starting it, never needs a database.
/// </summary>
internal sealed class DatabaseStartup(
    IServiceProvider services,
    IEnumerable<IModule> modules,
    IConfiguration configuration,
    IHostEnvironment environment,
    IOptions<DatabaseOptions> options,
    DatabaseConnection connection,
    DatabaseReadiness readiness,
    ILogger<DatabaseStartup> logger) : IHostedService, IAsyncDisposable
{
    private LocalPostgresCluster? _embedded;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = configuration.GetConnectionString("Xueshi");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            connection.ConnectionString = configured;
        }
        else
        {
            var directory = options.Value.DataDirectory is { Length: > 0 } dir
                ? Path.GetFullPath(dir)
                : Path.Combine(RepositoryRoot.Find(environment.ContentRootPath), ".data");
            logger.LogInformation("No ConnectionStrings:Xueshi configured; starting the embedded PostgreSQL in {Directory}", directory);
            _embedded = await LocalPostgresCluster.StartAsync(
                new LocalPostgresOptions
                {
                    DataDirectory = directory,
                    Port = options.Value.Port,
                    Database = "xueshi",
                    StopOnDispose = true,
                },
                logger,
                cancellationToken);
            connection.ConnectionString = _embedded.ConnectionString;
        }

        foreach (var module in modules)
        {
            await module.MigrateAsync(services, cancellationToken);
        }

        if (configuration.GetValue<bool>("Xueshi:DemoData"))
        {
            foreach (var module in modules)
            {
                await module.SeedDemoDataAsync(services, cancellationToken);
            }
        }

        readiness.MarkReady();
        logger.LogInformation("The database is ready ({Count} modules migrated).", modules.Count());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        // Stopped on dispose, after the other hosted services (the outbox dispatcher) have stopped.
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }
}
