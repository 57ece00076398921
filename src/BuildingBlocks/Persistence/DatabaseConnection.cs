namespace Xueshi.BuildingBlocks.Persistence;

/// <summary>
/// The connection string, known only once the host has started (the embedded PostgreSQL picks
/// its port at start), so DbContexts read it here when they are created rather than at registration.
/// </summary>
public sealed class DatabaseConnection
{
    private string? _connectionString;

    public string ConnectionString
    {
        get => _connectionString ?? throw new InvalidOperationException("The database is not started yet.");
        set => _connectionString = value;
    }

    public bool IsConfigured => _connectionString is not null;
}
