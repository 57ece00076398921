using System.Collections.Concurrent;
using Npgsql;

namespace Xueshi.Testing;

/// <summary>
/// One PostgreSQL server per test process and one database per caller (a test class's fixture), cloned
/// from a template that is migrated once, so test classes run in parallel without sharing data.
/// The server is TEST_DATABASE_URL when set (a connection string or postgres:// URL; the user must be
/// allowed to create databases), else a Testcontainers postgres:15-alpine when a Docker engine answers,
/// else a throwaway cluster from the local PostgreSQL binaries, deleted when the process exits.
/// </summary>
public static class TestDatabases
{
    private const string DefaultTemplate = "xueshi";

    private static readonly Lazy<Task<TestServer>> Server = new(TestServer.StartAsync);
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new();

    /// <summary>
    /// Creates a fresh database cloned from this process's template and returns its connection string.
    /// The first call creates the template and runs <paramref name="prepareTemplate"/> on it (migrate
    /// there); concurrent calls wait for that one preparation, later calls only clone. Every caller in
    /// a test project must therefore pass an equivalent preparation; use the overload with a template
    /// key for a second, different schema.
    /// </summary>
    /// <param name="name">A readable stem for the database name, e.g. the test class's name; it is sanitized and made unique.</param>
    /// <param name="prepareTemplate">Given the template's connection string; its connections are closed afterwards.</param>
    public static Task<string> CreateDatabaseAsync(
        string name, Func<string, CancellationToken, Task> prepareTemplate, CancellationToken cancellationToken = default) =>
        CreateDatabaseAsync(name, DefaultTemplate, prepareTemplate, cancellationToken);

    /// <inheritdoc cref="CreateDatabaseAsync(string, Func{string, CancellationToken, Task}, CancellationToken)"/>
    /// <param name="templateKey">Names the template; each key is prepared once per process by the first caller's <paramref name="prepareTemplate"/>.</param>
    public static async Task<string> CreateDatabaseAsync(
        string name, string templateKey, Func<string, CancellationToken, Task> prepareTemplate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(templateKey);
        ArgumentNullException.ThrowIfNull(prepareTemplate);

        var server = await Server.Value.WaitAsync(cancellationToken);
        // The preparation is shared, so one caller's cancellation must not spoil it for the others.
        var template = await Templates
            .GetOrAdd(templateKey, key => new Lazy<Task<string>>(() => PrepareTemplateAsync(server, key, prepareTemplate)))
            .Value
            .WaitAsync(cancellationToken);

        var database = DatabaseNames.Unique(name);
        await server.CreateAsync(database, template, cancellationToken);
        return server.ConnectionStringFor(database);
    }

    /// <summary>
    /// Drops a database made by <see cref="CreateDatabaseAsync(string, Func{string, CancellationToken, Task}, CancellationToken)"/>,
    /// closing whatever connections are still open to it. Others are refused, so a mistake cannot drop a real database.
    /// </summary>
    public static async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var server = Server.IsValueCreated ? await Server.Value.WaitAsync(cancellationToken) : null;
        if (server is null || database is null || !server.Owns(database))
        {
            throw new ArgumentException($"The database '{database}' was not created by {nameof(TestDatabases)} in this process.", nameof(connectionString));
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await server.DropAsync(database, cancellationToken);
    }

    private static async Task<string> PrepareTemplateAsync(TestServer server, string key, Func<string, CancellationToken, Task> prepareTemplate)
    {
        var template = DatabaseNames.Template(key, TestServer.RunId);
        await server.CreateAsync(template, null, CancellationToken.None);
        await prepareTemplate(server.ConnectionStringFor(template), CancellationToken.None);
        await server.SealTemplateAsync(template, CancellationToken.None);
        return template;
    }
}
