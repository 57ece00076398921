using System.Net.Sockets;
using Npgsql;

namespace Xueshi.BuildingBlocks.Errors;

/// <summary>
/// Tells "the database cannot be reached" from a bug, so that clients and load balancers retry the
/// first (503) and only the second is a 500. Looks through the wrappers EF Core and its retry
/// strategy put around the driver's exception.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>What the 503 tells clients to wait before retrying.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // The server answered: an outage only when it says it cannot serve connections
                // (class 08 connection exceptions; 57P01-03 shutting down or starting up; too many
                // connections). Constraint violations, serialization failures and syntax errors are not.
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
                // No answer: refused or dropped connections, timeouts opening one, an exhausted pool.
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}
