using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Host.Database;

/// <summary>Ready means migrated and answering, not merely reachable.</summary>
internal sealed class DatabaseHealthCheck(DatabaseConnection connection, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy("The database is starting or migrating.");
        }

        try
        {
            await using var db = new NpgsqlConnection(connection.ConnectionString);
            await db.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", db);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
