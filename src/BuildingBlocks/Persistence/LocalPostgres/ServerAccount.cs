using Microsoft.Extensions.Logging;

namespace Xueshi.BuildingBlocks.Persistence.LocalPostgres;

/// <summary>
/// The OS user the server programs run as. PostgreSQL refuses to run as root, so a root process runs
/// them as the <c>postgres</c> user (which the Debian package creates) and hands it the cluster's files;
/// anyone else runs them as themselves.
/// </summary>
internal sealed class ServerAccount
{
    private const string PostgresUser = "postgres";

    private readonly string? _runuser;
    private readonly string? _su;

    private ServerAccount(string? runuser, string? su)
    {
        _runuser = runuser;
        _su = su;
    }

    private bool SwitchesUser => _runuser is not null || _su is not null;

    public static ServerAccount Resolve()
    {
        if (OperatingSystem.IsWindows() || !Environment.IsPrivilegedProcess)
        {
            return new ServerAccount(null, null);
        }

        if (!File.ReadLines("/etc/passwd").Any(line => line.StartsWith(PostgresUser + ":", StringComparison.Ordinal)))
        {
            throw new LocalPostgresException(
                "PostgreSQL refuses to run as root, and there is no 'postgres' user to run it as. " +
                "Create one (`useradd --system --home-dir /var/lib/postgresql --create-home postgres`; " +
                "installing the `postgresql` package does this) or run as a normal user.");
        }

        var runuser = FindProgram("runuser");
        var su = runuser is null ? FindProgram("su") : null;
        return runuser is not null || su is not null
            ? new ServerAccount(runuser, su)
            : throw new LocalPostgresException(
                "PostgreSQL refuses to run as root, and neither runuser nor su was found to run it as the 'postgres' user. " +
                "Install util-linux, or run as a normal user.");
    }

    public Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_runuser is not null)
        {
            return ProcessRunner.RunAsync(_runuser, ["-u", PostgresUser, "--", program, .. arguments], timeout, cancellationToken);
        }

        if (_su is not null)
        {
            var command = string.Join(' ', new[] { program }.Concat(arguments).Select(ShellQuote));
            return ProcessRunner.RunAsync(_su, ["-s", "/bin/sh", "-c", command, PostgresUser], timeout, cancellationToken);
        }

        return ProcessRunner.RunAsync(program, arguments, timeout, cancellationToken);
    }

    /// <summary>Gives the server user the files it writes; a no-op when it is us.</summary>
    public async Task HandOverAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        if (!SwitchesUser)
        {
            return;
        }

        var result = await ProcessRunner.RunAsync("chown", ["-R", PostgresUser, .. paths], TimeSpan.FromMinutes(2), cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new LocalPostgresException($"Could not give the cluster's files to the '{PostgresUser}' user: {result.Output}");
        }
    }

    /// <summary>
    /// The server user must be able to pass through every folder above the cluster. Only the search
    /// bit is added, which lets it reach known paths but not list the folders.
    /// </summary>
    public void MakeReachable(string folder, ILogger logger)
    {
        if (!SwitchesUser || OperatingSystem.IsWindows())
        {
            return;
        }

        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var mode = File.GetUnixFileMode(current.FullName);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                File.SetUnixFileMode(current.FullName, mode | UnixFileMode.OtherExecute);
                logger.LogWarning(
                    "Added the search permission (o+x) to {Folder} so the '{User}' user that runs PostgreSQL can reach its data.",
                    current.FullName, PostgresUser);
            }
        }
    }

    private static string? FindProgram(string name) =>
        new[] { "/usr/sbin", "/sbin", "/usr/bin", "/bin" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
