namespace Xueshi.BuildingBlocks.Persistence.LocalPostgres;

/// <summary>Where and how <see cref="LocalPostgresCluster"/> keeps its private PostgreSQL server.</summary>
public sealed class LocalPostgresOptions
{
    /// <summary>
    /// The cluster lives in <c>pgdata/</c> under this folder and logs to <c>postgres.log</c> beside it;
    /// other files in the folder are left alone.
    /// </summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// 0 picks one: the port the cluster used last time when it is still free (so a client
    /// configured by hand keeps working), else any free port.
    /// </summary>
    public int Port { get; init; }

    /// <summary>Null looks in /usr/lib/postgresql/&lt;highest version&gt;/bin, then /usr/pgsql-*/bin, then on PATH.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>Created when missing.</summary>
    public string Database { get; init; } = "xueshi";

    /// <summary>
    /// False leaves the server running after the process ends; the next start finds it and reuses it.
    /// </summary>
    public bool StopOnDispose { get; init; } = true;

    /// <summary>
    /// False turns off fsync and full-page writes: several times faster, but an OS crash can corrupt
    /// the cluster. Only for clusters that are thrown away, such as a test run's.
    /// </summary>
    public bool Durable { get; init; } = true;

    /// <summary>Extra server settings by their postgresql.conf names (e.g. max_connections), applied at every start.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
