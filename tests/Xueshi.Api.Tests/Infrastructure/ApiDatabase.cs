using Xueshi.Testing;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>A database per test class, cloned from a template the real Host migrated once per run.</summary>
internal static class ApiDatabase
{
    public static Task<string> CreateAsync(string name) =>
        TestDatabases.CreateDatabaseAsync(name, MigrateTemplateAsync);

    private static async Task MigrateTemplateAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Starting the Host runs every module's migrations, exactly as production does.
        await using var factory = new XueshiApiFactory(connectionString);
        using var client = factory.CreateClient();
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
        ready.EnsureSuccessStatusCode();
    }
}
