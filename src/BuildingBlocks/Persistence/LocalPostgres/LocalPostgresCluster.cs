using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Xueshi.BuildingBlocks.Persistence.LocalPostgres;

/// <summary>
/// A private PostgreSQL server run from the machine's own binaries in a folder the application owns:
/// the run command's embedded database (kept across restarts) and a test run's throwaway server.
/// It listens on 127.0.0.1 only, with trust authentication for the superuser <c>postgres</c>.
/// A server left running by an earlier process on the same folder is reused, not started twice.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const string Superuser = "postgres";
    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505";
    private const int PortAttempts = 3;
    private static readonly TimeSpan ServerTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ProgramTimeout = TimeSpan.FromSeconds(90);

    private readonly ClusterFiles _files;
    private readonly ServerAccount _account;
    private readonly string _pgCtl;
    private readonly bool _stopOnDispose;
    private readonly ILogger _logger;
    private int _disposed;

    private enum Probe
    {
        NoAnswer,
        Ours,
        SomebodyElse,
    }

    private enum ProcessState
    {
        Gone,
        Stale,
        Postgres,
    }

    private LocalPostgresCluster(ClusterFiles files, ServerAccount account, string binDirectory, int port, LocalPostgresOptions options, ILogger logger)
    {
        _files = files;
        _account = account;
        _pgCtl = Path.Combine(binDirectory, "pg_ctl");
        _stopOnDispose = options.StopOnDispose;
        _logger = logger;
        Port = port;
        ConnectionString = ConnectionStringFor(port, options.Database);
        AdminConnectionString = ConnectionStringFor(port, Superuser);
    }

    public int Port { get; }

    /// <summary>To <see cref="LocalPostgresOptions.Database"/>, as the superuser.</summary>
    public string ConnectionString { get; }

    /// <summary>To the <c>postgres</c> maintenance database, for creating and dropping databases.</summary>
    public string AdminConnectionString { get; }

    public static async Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Database);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);
        ClusterFiles.ValidateSettings(options.Settings);

        var binDirectory = PostgresBinaries.Find(options.BinDirectory);
        var account = ServerAccount.Resolve();
        var files = new ClusterFiles(Path.GetFullPath(options.DataDirectory));
        Directory.CreateDirectory(files.Root);
        account.MakeReachable(files.Root, logger);

        int port;
        // Two processes starting on one folder at once would both run initdb or pg_ctl start.
        await using (await AcquireLockAsync(files.LockFile, cancellationToken))
        {
            var running = await FindRunningServerAsync(files, logger, cancellationToken);
            if (running is int runningPort)
            {
                if (options.Port != 0 && options.Port != runningPort)
                {
                    logger.LogWarning(
                        "PostgreSQL is already running on {DataDirectory} with port {RunningPort}, not the configured {Port}; using it as it is.",
                        files.PgData, runningPort, options.Port);
                }

                logger.LogInformation("Reusing the PostgreSQL server already running on {DataDirectory}, port {Port}.", files.PgData, runningPort);
                port = runningPort;
            }
            else
            {
                if (!files.IsInitialized)
                {
                    await InitializeAsync(files, account, binDirectory, options, logger, cancellationToken);
                }

                port = await StartServerAsync(files, account, binDirectory, options, logger, cancellationToken);
            }
        }

        var cluster = new LocalPostgresCluster(files, account, binDirectory, port, options, logger);
        // Connections pooled in this process before a crash or restart of the server are dead.
        cluster.ClearPools();
        try
        {
            await cluster.EnsureDatabaseAsync(options.Database, cancellationToken);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Stops the server (fast shutdown: open transactions roll back) when <see cref="LocalPostgresOptions.StopOnDispose"/> is set.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1 || !_stopOnDispose)
        {
            return;
        }

        // Pooled connections to a stopped server would only fail later, one by one.
        ClearPools();

        var result = await _account.RunAsync(_pgCtl, ["stop", "-D", _files.PgData, "-m", "fast", "-w", "-t", "60"], ProgramTimeout, CancellationToken.None);
        if (result.ExitCode != 0 && _files.ReadPostmaster() is not null)
        {
            // Disposal must not throw over the exception that may have led to it; say it loudly instead.
            _logger.LogError("pg_ctl could not stop PostgreSQL on {DataDirectory}: {Output}", _files.PgData, result.Output);
            return;
        }

        _logger.LogInformation("Stopped PostgreSQL on {DataDirectory}.", _files.PgData);
    }

    private static async Task InitializeAsync(
        ClusterFiles files, ServerAccount account, string binDirectory, LocalPostgresOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var pgdata = files.PgDataInProgress;
        if (Directory.Exists(pgdata))
        {
            Directory.Delete(pgdata, recursive: true);
        }

        if (Directory.Exists(files.PgData))
        {
            // Only a finished cluster is ever renamed into place, so this is not ours to delete.
            if (Directory.EnumerateFileSystemEntries(files.PgData).Any())
            {
                throw new LocalPostgresException(
                    $"{files.PgData} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Move it away or delete it, and start again.");
            }

            Directory.Delete(files.PgData);
        }

        logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory} (initdb).", files.PgData);
        var started = Stopwatch.GetTimestamp();
        Directory.CreateDirectory(pgdata);
        await account.HandOverAsync([pgdata], cancellationToken);

        List<string> arguments = ["-D", pgdata, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--no-locale"];
        if (!options.Durable)
        {
            arguments.Add("--no-sync");
        }

        var result = await account.RunAsync(Path.Combine(binDirectory, "initdb"), arguments, TimeSpan.FromMinutes(5), cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new LocalPostgresException(
                $"initdb could not create a PostgreSQL cluster in {pgdata} (exit code {result.ExitCode}). Its output ends with:{Environment.NewLine}{Tail(result.Output)}");
        }

        ClusterFiles.ConfigureNewCluster(pgdata);
        Directory.Move(pgdata, files.PgData);
        logger.LogInformation("Created the PostgreSQL cluster in {Elapsed:0} ms.", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task<int> StartServerAsync(
        ClusterFiles files, ServerAccount account, string binDirectory, LocalPostgresOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        files.RotateLog();
        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port != 0 ? options.Port : ChoosePort(files.ReadRecordedPort());
            files.WriteSettings(port, options);
            await account.HandOverAsync([files.PgData, files.LogFile], cancellationToken);

            logger.LogInformation("Starting PostgreSQL on {DataDirectory}, port {Port}.", files.PgData, port);
            var started = Stopwatch.GetTimestamp();
            var logStart = files.LogLength();
            var result = await account.RunAsync(
                Path.Combine(binDirectory, "pg_ctl"),
                ["start", "-D", files.PgData, "-l", files.LogFile, "-w", "-t", ((int)ServerTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)],
                ProgramTimeout,
                cancellationToken);
            if (result.ExitCode == 0)
            {
                logger.LogInformation("PostgreSQL is up in {Elapsed:0} ms.", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return port;
            }

            var log = files.ReadLogTail(logStart);
            // A free port can be taken by another process between our check and the server's bind.
            if (options.Port == 0 && attempt < PortAttempts && log.Contains("could not bind", StringComparison.Ordinal))
            {
                logger.LogWarning("Port {Port} was taken before PostgreSQL could bind it; trying another.", port);
                continue;
            }

            throw new LocalPostgresException(
                $"pg_ctl could not start PostgreSQL on {files.PgData}, port {port} (exit code {result.ExitCode}). pg_ctl said:{Environment.NewLine}" +
                $"{Tail(result.Output)}{Environment.NewLine}The end of {files.LogFile}:{Environment.NewLine}{log}");
        }
    }

    /// <summary>
    /// The port of a server already running on the folder and answering, or null when none is.
    /// A pid file left by a crash names a dead process or, after a reboot, somebody else's; either is stale.
    /// </summary>
    private static async Task<int?> FindRunningServerAsync(ClusterFiles files, ILogger logger, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var postmaster = files.ReadPostmaster();
            if (postmaster is null)
            {
                return null;
            }

            switch (Inspect(postmaster.ProcessId))
            {
                case ProcessState.Gone:
                    // pg_ctl start itself clears a pid file whose process is gone.
                    return null;
                case ProcessState.Stale:
                    // PostgreSQL would refuse to start over it, taking the PID for a live server.
                    logger.LogInformation("Removing a stale postmaster.pid (PID {ProcessId} is a zombie or another program now).", postmaster.ProcessId);
                    files.DeleteStalePidFile();
                    return null;
            }

            if (postmaster is { Ready: true, Port: int port })
            {
                switch (await ProbeAsync(port, postmaster, cancellationToken))
                {
                    case Probe.Ours:
                        return port;
                    case Probe.SomebodyElse:
                        logger.LogInformation("Removing a stale postmaster.pid (PID {ProcessId} is another PostgreSQL server now).", postmaster.ProcessId);
                        files.DeleteStalePidFile();
                        return null;
                }
            }

            // Starting up, recovering or shutting down: wait until it is up or gone.
            if (Stopwatch.GetElapsedTime(started) > ServerTimeout)
            {
                throw new LocalPostgresException(
                    $"A PostgreSQL server (PID {postmaster.ProcessId}) is running on {files.PgData} but has not answered on port {postmaster.Port} " +
                    $"for {ServerTimeout.TotalSeconds:0} s. Stop it (`pg_ctl stop -D {files.PgData} -m fast`) and start again. " +
                    $"The end of {files.LogFile}:{Environment.NewLine}{files.ReadLogTail()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static async Task<Probe> ProbeAsync(int port, PostmasterInfo postmaster, CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStringFor(port, Superuser)) { Timeout = 3, Pooling = false }.ConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SHOW data_directory", connection);
            var dataDirectory = (string?)await command.ExecuteScalarAsync(cancellationToken);
            // The same pid file read through the server's own path is the same server, whatever symlinks lie between.
            var theirs = dataDirectory is null ? null : ClusterFiles.ReadPostmaster(Path.Combine(dataDirectory, "postmaster.pid"));
            return theirs?.Identity == postmaster.Identity ? Probe.Ours : Probe.SomebodyElse;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return Probe.NoAnswer;
        }
    }

    private static ProcessState Inspect(int processId)
    {
        // Process.GetProcessById takes a zombie for a live process; /proc tells them apart.
        var stat = $"/proc/{processId}/stat";
        if (OperatingSystem.IsLinux() && Directory.Exists("/proc/self"))
        {
            string text;
            try
            {
                text = File.ReadAllText(stat);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
            {
                return ProcessState.Gone;
            }

            var commandEnd = text.LastIndexOf(')');
            var state = commandEnd > 0 && commandEnd + 2 < text.Length ? text[commandEnd + 2] : '?';
            var command = commandEnd > 0 ? text[(text.IndexOf('(', StringComparison.Ordinal) + 1)..commandEnd] : "";
            return state is 'Z' or 'X' || command is not ("postgres" or "postmaster") ? ProcessState.Stale : ProcessState.Postgres;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited ? ProcessState.Gone
                : process.ProcessName is "postgres" or "postmaster" ? ProcessState.Postgres
                : ProcessState.Stale;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return ProcessState.Gone;
        }
    }

    /// <summary>The port of the previous run when it is still free, so hand-made clients keep working; else any free one.</summary>
    private static int ChoosePort(int? recorded)
    {
        if (recorded is > 0 and <= IPEndPoint.MaxPort && IsFree(recorded.Value))
        {
            return recorded.Value;
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive flock on Unix, released when the process dies.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
            catch (IOException e)
            {
                throw new LocalPostgresException($"Another process has been starting PostgreSQL on {Path.GetDirectoryName(path)} for two minutes (it holds {path}).", e);
            }
        }
    }

    private void ClearPools()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(AdminConnectionString));
    }

    private async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = database } },
        };
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            _logger.LogInformation("Created the database {Database}.", database);
        }
        catch (PostgresException e) when (e.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Another process created it in the meantime (a close race reports the catalog's unique index instead).
        }
    }

    private static string ConnectionStringFor(int port, string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = Superuser, Database = database }.ConnectionString;

    private static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Tail(string output, int lines = 30) =>
        string.Join(Environment.NewLine, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
}
