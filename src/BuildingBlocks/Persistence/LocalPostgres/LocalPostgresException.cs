namespace Xueshi.BuildingBlocks.Persistence.LocalPostgres;

/// <summary>
/// The private PostgreSQL server could not be found, created or started. The message says what to do
/// about it (and carries the tail of PostgreSQL's own output), so a caller can show it as it is.
/// </summary>
public sealed class LocalPostgresException : Exception
{
    public LocalPostgresException()
    {
    }

    public LocalPostgresException(string message)
        : base(message)
    {
    }

    public LocalPostgresException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
