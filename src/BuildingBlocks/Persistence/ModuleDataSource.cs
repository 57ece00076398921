using Npgsql;

namespace Xueshi.BuildingBlocks.Persistence;

/// <summary>
/// The one <see cref="NpgsqlDataSource"/> of the process: one connection pool that every module's
/// DbContext (and, later, a hot path that talks to Npgsql directly) draws from.
/// </summary>
/// <remarks>
/// Two settings change what a pooled connection is, measured on the read path (issue 6):
/// <list type="bullet">
/// <item><c>Max Auto Prepare</c>: a statement run a few times is prepared on the connection and then
/// only bound and executed; unprepared, PostgreSQL parsed and planned every query again.</item>
/// <item><c>No Reset On Close</c>: a connection going back to the pool is not reset (no
/// <c>DISCARD ALL</c> round trip, and the prepared statements survive, which DISCARD ALL would drop).
/// The price: session state leaks to the next user of the connection. Nothing in Xueshi sets any:
/// no <c>SET</c> outside a transaction (<c>SET LOCAL</c> is fine), no session advisory locks (the
/// SMS-code lock is <c>pg_advisory_xact_lock</c>, released at commit), no temp tables, no LISTEN.
/// Code that must set session state opens its own connection with <c>Pooling=false</c>, as the test
/// fixture's run lock does.</item>
/// </list>
/// An operator's connection string may set either explicitly; that value wins.
/// A PostgreSQL enum or composite type mapped by EF must be mapped here too (MapEnum on the builder),
/// and types created by a migration are seen by new connections only after ReloadTypesAsync.
/// </remarks>
public static class ModuleDataSource
{
    /// <summary>Enough for every distinct statement of the hot paths; rarer ones stay unprepared.</summary>
    public const int MaxAutoPrepare = 128;

    public static NpgsqlDataSource Build(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        return new NpgsqlDataSourceBuilder(settings.ConnectionString).Build();
    }

    private static bool Mentions(string connectionString, params string[] keywords) =>
        keywords.Any(k => connectionString.Contains(k, StringComparison.OrdinalIgnoreCase));
}
