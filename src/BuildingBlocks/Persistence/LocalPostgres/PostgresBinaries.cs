namespace Xueshi.BuildingBlocks.Persistence.LocalPostgres;

/// <summary>Finds the folder holding the PostgreSQL server programs.</summary>
internal static class PostgresBinaries
{
    private static readonly string[] Programs = ["initdb", "pg_ctl", "postgres"];

    public static string Find(string? configured)
    {
        if (configured is not null)
        {
            var full = Path.GetFullPath(configured);
            return HoldsServer(full) ? full : throw Missing($"in {full} (LocalPostgresOptions.BinDirectory)");
        }

        // Debian and Ubuntu keep the server off PATH, one folder per major version; PGDG's RPMs do the same.
        var versioned = VersionedBinFolders("/usr/lib/postgresql", "")
            .Concat(VersionedBinFolders("/usr", "pgsql-"))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Bin);
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

        return versioned.Concat(onPath).FirstOrDefault(HoldsServer)
            ?? throw Missing("in /usr/lib/postgresql/<version>/bin, /usr/pgsql-<version>/bin or on PATH");
    }

    private static bool HoldsServer(string folder) =>
        Programs.All(program => File.Exists(Path.Combine(folder, program)));

    private static IEnumerable<(Version Version, string Bin)> VersionedBinFolders(string root, string prefix)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(root, prefix + "*")
            .Select(folder => (Name: Path.GetFileName(folder)[prefix.Length..], Folder: folder))
            .Select(entry => (Parsed: Version.TryParse(entry.Name.Contains('.', StringComparison.Ordinal) ? entry.Name : entry.Name + ".0", out var version) ? version : null, entry.Folder))
            .Where(entry => entry.Parsed is not null)
            .Select(entry => (entry.Parsed!, Path.Combine(entry.Folder, "bin")));
    }

    private static LocalPostgresException Missing(string where) => new(
        $"The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found {where}. Install them: " +
        "on Debian or Ubuntu `apt-get install -y postgresql` (as root, or with sudo); " +
        "on Fedora or RHEL `dnf install -y postgresql-server`; on macOS `brew install postgresql@16`. " +
        "Or point LocalPostgresOptions.BinDirectory at the folder that holds them, " +
        "or use an existing PostgreSQL server by configuring its connection string.");
}
