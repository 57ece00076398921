using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Xueshi.BuildingBlocks.Persistence;

/// <summary>A module's schema, as the Host sees it at start: something to migrate.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}

internal sealed class ModuleDatabase<TDbContext>(string schema) : IModuleDatabase
    where TDbContext : ModuleDbContext
{
    public string Schema { get; } = schema;

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
