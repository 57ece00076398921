using System.Globalization;
using Npgsql;

namespace Xueshi.Testing;

/// <summary>
/// A test run on a server that outlives it (TEST_DATABASE_URL). The test runner gives a finished test
/// process about 100 ms before killing it, too little to drop a template reliably, and a cancelled run
/// gets none; so each run marks its databases with its id and holds an advisory lock for as long as it
/// lives, and every run starts by dropping the marked databases of runs whose lock is free (dead ones).
/// </summary>
internal sealed class SharedServerRun : IAsyncDisposable
{
    private const string MarkerPrefix = "xueshi-test-run";

    /// <summary>Namespaces our advisory locks ("XSHT") away from the application's.</summary>
    private const int LockClass = 0x58534854;

    private readonly NpgsqlConnection _lockConnection;

    private SharedServerRun(NpgsqlConnection lockConnection, string marker)
    {
        _lockConnection = lockConnection;
        Marker = marker;
    }

    /// <summary>The comment put on every database this run creates.</summary>
    public string Marker { get; }

    public static async Task<SharedServerRun> ClaimAsync(string adminConnectionString, string runId, Func<string, Task> dropDatabase)
    {
        // Its own physical connection: the lock lasts as long as it, so it must never go back to a pool.
        var lockConnection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
        try
        {
            await lockConnection.OpenAsync();
            await ScalarAsync(lockConnection, "SELECT pg_advisory_lock($1, $2)", LockClass, LockKey(runId));
            // Advisory locks belong to one database, so only runs locking in the same one can be judged.
            var lockDatabase = (string)(await ScalarAsync(lockConnection, "SELECT current_database()"))!;
            await SweepAsync(lockConnection, runId, lockDatabase, dropDatabase);
            return new SharedServerRun(lockConnection, $"{MarkerPrefix} {runId} {lockDatabase}");
        }
        catch
        {
            await lockConnection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _lockConnection.DisposeAsync();

    private static async Task SweepAsync(NpgsqlConnection connection, string ourRunId, string lockDatabase, Func<string, Task> dropDatabase)
    {
        var marked = new List<(string Database, string RunId)>();
        await using (var command = new NpgsqlCommand(
            "SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database WHERE shobj_description(oid, 'pg_database') LIKE $1",
            connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = MarkerPrefix + " %" });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var parts = reader.GetString(1).Split(' ', 3);
                if (parts.Length == 3 && parts[2] == lockDatabase && parts[1] != ourRunId)
                {
                    marked.Add((reader.GetString(0), parts[1]));
                }
            }
        }

        foreach (var run in marked.GroupBy(entry => entry.RunId))
        {
            if (await ScalarAsync(connection, "SELECT pg_try_advisory_lock($1, $2)", LockClass, LockKey(run.Key)) is not true)
            {
                continue;
            }

            foreach (var (database, _) in run)
            {
                try
                {
                    await dropDatabase(database);
                }
                catch (PostgresException)
                {
                    // Somebody else's to drop (another owner, say); it does not stop the tests.
                }
            }

            await ScalarAsync(connection, "SELECT pg_advisory_unlock($1, $2)", LockClass, LockKey(run.Key));
        }
    }

    private static int LockKey(string runId) => unchecked((int)uint.Parse(runId, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync();
    }
}
