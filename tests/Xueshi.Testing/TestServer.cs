using System.Collections.Concurrent;
using DotNet.Testcontainers.Configurations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testcontainers.PostgreSql;
using Xueshi.BuildingBlocks.Persistence.LocalPostgres;

namespace Xueshi.Testing;

/// <summary>
/// The one PostgreSQL server of this test process: TEST_DATABASE_URL, else a container when a Docker
/// engine answers, else a throwaway cluster from the local binaries. It is cleaned up when the process
/// exits, or, when the runner kills the process first, by <see cref="ThrowawayClusterWatchdog"/>,
/// Testcontainers' reaper or the next run's <see cref="SharedServerRun"/> sweep.
/// </summary>
internal sealed class TestServer
{
    public const string UrlVariable = "TEST_DATABASE_URL";

    private const string ObjectInUse = "55006";

    private readonly ConcurrentDictionary<string, byte> _databases = new();
    private readonly Func<TestServer, Task> _cleanUp;
    private SharedServerRun? _sharedRun;

    private TestServer(string adminConnectionString, string description, Func<TestServer, Task> cleanUp)
    {
        AdminConnectionString = adminConnectionString;
        Description = description;
        _cleanUp = cleanUp;
    }

    /// <summary>Tells this process's databases and templates apart from other runs' on a shared server.</summary>
    public static string RunId { get; } = DatabaseNames.RandomSuffix();

    public string AdminConnectionString { get; }

    public string Description { get; }

    public static async Task<TestServer> StartAsync()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        TestServer server;
        if (!string.IsNullOrWhiteSpace(url))
        {
            server = await UseSharedServerAsync(url);
        }
        else if (TestcontainersSettings.OS.DockerEndpointAuthConfig is not null)
        {
            server = await StartContainerOrThrowawayClusterAsync();
        }
        else
        {
            server = await StartThrowawayClusterAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.CleanUpAtExit();
        return server;
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    public bool Owns(string database) => _databases.ContainsKey(database);

    public async Task CreateAsync(string database, string? template, CancellationToken cancellationToken)
    {
        _databases.TryAdd(database, 0);
        await using var connection = await OpenAdminAsync(cancellationToken);
        var sql = $"CREATE DATABASE {Quote(database)}";
        if (template is not null)
        {
            // Copying the files beats PostgreSQL 15's default (WAL-logging every page) for small test databases.
            sql += $" TEMPLATE {Quote(template)}" + (connection.PostgreSqlVersion.Major >= 15 ? " STRATEGY FILE_COPY" : "");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
                break;
            }
            catch (PostgresException e) when (e.SqlState == ObjectInUse && attempt < 20)
            {
                // A connection to the template is still closing; PostgreSQL has already waited 5 s for it.
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }

        if (_sharedRun is not null)
        {
            await using var mark = new NpgsqlCommand(
                $"COMMENT ON DATABASE {Quote(database)} IS '{_sharedRun.Marker.Replace("'", "''", StringComparison.Ordinal)}'", connection);
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// PostgreSQL clones a database only while nobody is connected to it: close what the preparation
    /// left open, in Npgsql's pools or elsewhere, and let no one in again.
    /// </summary>
    public async Task SealTemplateAsync(string template, CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(template)));
        await using var connection = await OpenAdminAsync(cancellationToken);
        await using var seal = new NpgsqlCommand($"ALTER DATABASE {Quote(template)} ALLOW_CONNECTIONS false", connection);
        await seal.ExecuteNonQueryAsync(cancellationToken);
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", connection)
        {
            Parameters = { new NpgsqlParameter { Value = template } },
        };
        await terminate.ExecuteScalarAsync(cancellationToken);
    }

    public async Task DropAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAdminAsync(cancellationToken);
        if (connection.PostgreSqlVersion.Major < 13)
        {
            await using var terminate = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1", connection)
            {
                Parameters = { new NpgsqlParameter { Value = database } },
            };
            await terminate.ExecuteScalarAsync(cancellationToken);
        }

        var force = connection.PostgreSqlVersion.Major >= 13 ? " WITH (FORCE)" : "";
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(database)}{force}", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken);
        _databases.TryRemove(database, out _);
    }

    private async Task<NpgsqlConnection> OpenAdminAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(AdminConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Somebody else's server: leave it as we found it, or let the next run do so (see <see cref="SharedServerRun"/>).</summary>
    private static async Task<TestServer> UseSharedServerAsync(string url)
    {
        var server = new TestServer(ConnectionStrings.FromUrlOrConnectionString(url), UrlVariable, async s =>
        {
            await Task.WhenAll(s._databases.Keys.Select(database => s.DropAsync(database, CancellationToken.None)));
            if (s._sharedRun is not null)
            {
                await s._sharedRun.DisposeAsync();
            }
        });
        server._sharedRun = await SharedServerRun.ClaimAsync(server.AdminConnectionString, RunId, database => server.DropAsync(database, CancellationToken.None));
        return server;
    }

    private void CleanUpAtExit()
    {
        try
        {
            _cleanUp(this).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            // Nobody is left to catch it; stderr is where a test runner keeps the last words.
            Console.Error.WriteLine($"Xueshi.Testing could not clean up the test database server ({Description}): {e.Message}");
        }
    }

    /// <summary>An engine that answers may still fail to pull the image (offline, say); local binaries then do.</summary>
    private static async Task<TestServer> StartContainerOrThrowawayClusterAsync()
    {
        var container = new PostgreSqlBuilder("postgres:15-alpine")
            .WithCommand("-c", "max_connections=200")
            .Build();
        try
        {
            await container.StartAsync();
            return new TestServer(container.GetConnectionString(), "Testcontainers postgres:15-alpine", _ => container.DisposeAsync().AsTask());
        }
        catch (Exception containerFailure) when (containerFailure is not OutOfMemoryException)
        {
            await container.DisposeAsync();
            try
            {
                return await StartThrowawayClusterAsync();
            }
            catch (InvalidOperationException clusterFailure)
            {
                throw new InvalidOperationException(
                    $"Testcontainers could not start postgres:15-alpine ({containerFailure.Message}), and neither could the local binaries: {clusterFailure.Message}",
                    new AggregateException(containerFailure, clusterFailure));
            }
        }
    }

    private static async Task<TestServer> StartThrowawayClusterAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"xueshi-tests-{RunId}");
        ThrowawayClusterWatchdog.Start(directory);
        var options = new LocalPostgresOptions
        {
            DataDirectory = directory,
            Database = "postgres",
            StopOnDispose = true,
            Durable = false,
            Settings = new Dictionary<string, string>
            {
                // Parallel test classes each keep a pool; the default 100 runs out.
                ["max_connections"] = "200",
                // As in the postgres container image, so both kinds of server behave alike.
                ["timezone"] = "UTC",
            },
        };

        LocalPostgresCluster cluster;
        try
        {
            cluster = await LocalPostgresCluster.StartAsync(options, NullLogger.Instance, CancellationToken.None);
        }
        catch (LocalPostgresException e)
        {
            DeleteDirectory(directory);
            throw new InvalidOperationException(
                $"Tests need a PostgreSQL server. Set {UrlVariable} to one where the user may create databases, " +
                $"run a Docker engine for Testcontainers, or make the local binaries available. {e.Message}", e);
        }

        return new TestServer(cluster.AdminConnectionString, $"throwaway cluster in {directory}", async _ =>
        {
            await cluster.DisposeAsync();
            DeleteDirectory(directory);
        });
    }

    private static void DeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
