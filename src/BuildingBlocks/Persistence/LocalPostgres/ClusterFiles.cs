using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Xueshi.BuildingBlocks.Persistence.LocalPostgres;

/// <summary>
/// What a postmaster.pid file says about the server that wrote it. Identity is its PID, data folder and
/// start time, which stay put while the status line changes.
/// </summary>
internal sealed record PostmasterInfo(int ProcessId, int? Port, bool Ready, string Identity);

/// <summary>The cluster's files: the data folder, our settings inside it, and the log beside it.</summary>
internal sealed partial class ClusterFiles(string root)
{
    /// <summary>Included last by postgresql.conf and rewritten at every start, so the options in force are the ones we apply.</summary>
    private const string SettingsFileName = "xueshi.conf";

    private const string IncludeLine = $"include_if_exists = '{SettingsFileName}'";

    private const long LogRotationBytes = 10 * 1024 * 1024;

    public string Root { get; } = root;

    public string PgData { get; } = Path.Combine(root, "pgdata");

    /// <summary>initdb works here and the result is renamed to <see cref="PgData"/>, so a pgdata folder is always a finished cluster.</summary>
    public string PgDataInProgress { get; } = Path.Combine(root, "pgdata.initdb");

    public string LogFile { get; } = Path.Combine(root, "postgres.log");

    public string LockFile { get; } = Path.Combine(root, "postgres.lock");

    private string PidFile => Path.Combine(PgData, "postmaster.pid");

    private string SettingsFile => Path.Combine(PgData, SettingsFileName);

    public bool IsInitialized => File.Exists(Path.Combine(PgData, "PG_VERSION"));

    /// <summary>Done once on the fresh cluster: local TCP connections only, no passwords.</summary>
    public static void ConfigureNewCluster(string pgdata) =>
        File.WriteAllText(
            Path.Combine(pgdata, "pg_hba.conf"),
            """
            # Written by Xueshi's LocalPostgresCluster: this machine only, no passwords.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 trust
            host    all       all   127.0.0.1/32  trust

            """);

    public static void ValidateSettings(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var (name, value) in settings)
        {
            if (!SettingName().IsMatch(name) || value is null)
            {
                throw new ArgumentException($"'{name}' = '{value}' is not a PostgreSQL setting.", nameof(settings));
            }
        }
    }

    public void WriteSettings(int port, LocalPostgresOptions options)
    {
        var settings = new List<KeyValuePair<string, string>>
        {
            new("listen_addresses", "127.0.0.1"),
            new("port", port.ToString(CultureInfo.InvariantCulture)),
            // No Unix socket: its path length is limited to ~100 bytes, which a deep checkout exceeds.
            new("unix_socket_directories", ""),
        };
        if (!options.Durable)
        {
            settings.Add(new("fsync", "off"));
            settings.Add(new("full_page_writes", "off"));
            settings.Add(new("synchronous_commit", "off"));
        }

        settings.AddRange(options.Settings);

        var text = new StringBuilder("# Written by Xueshi's LocalPostgresCluster at every start; change LocalPostgresOptions instead.\n");
        foreach (var (name, value) in settings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{name} = '{value.Replace("'", "''", StringComparison.Ordinal)}'\n");
        }

        File.WriteAllText(SettingsFile, text.ToString());

        // Also adopts a cluster that was made by hand: without this line our settings would not apply.
        var configuration = Path.Combine(PgData, "postgresql.conf");
        if (!File.ReadAllText(configuration).Contains(IncludeLine, StringComparison.Ordinal))
        {
            File.AppendAllText(configuration, $"\n# Xueshi's LocalPostgresCluster rewrites this file at every start.\n{IncludeLine}\n");
        }
    }

    public int? ReadRecordedPort()
    {
        if (!File.Exists(SettingsFile))
        {
            return null;
        }

        var match = PortSetting().Match(File.ReadAllText(SettingsFile));
        return match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    /// <summary>Line 1 is the PID, line 4 the port and line 8 the status (PostgreSQL 10 and later).</summary>
    public PostmasterInfo? ReadPostmaster() => ReadPostmaster(PidFile);

    public static PostmasterInfo? ReadPostmaster(string pidFile)
    {
        string text;
        try
        {
            text = File.ReadAllText(pidFile);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var lines = text.Split('\n');
        if (!int.TryParse(lines[0].Trim(), CultureInfo.InvariantCulture, out var processId))
        {
            return null;
        }

        int? port = lines.Length > 3 && int.TryParse(lines[3].Trim(), CultureInfo.InvariantCulture, out var p) ? p : null;
        var ready = lines.Length > 7 && lines[7].Trim() == "ready";
        return new PostmasterInfo(processId, port, ready, string.Join('\n', lines.Take(3)));
    }

    public void DeleteStalePidFile() => File.Delete(PidFile);

    /// <summary>Keeps a long-lived run cluster's log from growing without end; called only while the server is down.</summary>
    public void RotateLog()
    {
        var log = new FileInfo(LogFile);
        if (log.Exists && log.Length > LogRotationBytes)
        {
            log.MoveTo(LogFile + ".1", overwrite: true);
        }

        if (!File.Exists(LogFile))
        {
            File.WriteAllBytes(LogFile, []);
        }
    }

    public long LogLength() => File.Exists(LogFile) ? new FileInfo(LogFile).Length : 0;

    /// <summary>The last lines the server logged since <paramref name="from"/>, for error messages.</summary>
    public string ReadLogTail(long from = 0, int lines = 30)
    {
        if (!File.Exists(LogFile))
        {
            return "(no log)";
        }

        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(Math.Max(from, stream.Length - (64 * 1024)), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var tail = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines);
        return string.Join(Environment.NewLine, tail);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.]*$")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"^\s*port\s*=\s*'?(\d+)'?", RegexOptions.Multiline)]
    private static partial Regex PortSetting();
}
