using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.BuildingBlocks.Persistence;

public static class PersistenceRegistration
{
    /// <summary>A module's DbContext in its own schema, its outbox, and its migrations.</summary>
    public static IServiceCollection AddModulePersistence<TDbContext>(this IServiceCollection services, string schema)
        where TDbContext : ModuleDbContext
    {
        services.AddDbContext<TDbContext>((sp, options) => Configure(options, sp.GetRequiredService<DatabaseConnection>().ConnectionString, schema));
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TDbContext>(schema));
        services.AddOutboxFor<TDbContext>();
        return services;
    }

    /// <summary>The one Npgsql set-up every module uses, at run time and at design time.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .UseSnakeCaseNamingConvention();
}
