using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.BuildingBlocks.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// A module's DbContext in its own schema, its outbox, and its migrations. The context is pooled
    /// (still injected as scoped): building a fresh one per request cost about a quarter of the Host's
    /// CPU on a one-query read. Every module's pool draws its connections from the one data source.
    /// </summary>
    public static IServiceCollection AddModulePersistence<TDbContext>(this IServiceCollection services, string schema)
        where TDbContext : ModuleDbContext
    {
        // Resolved on first use, after the Host has started the database and knows its address.
        services.TryAddSingleton(sp => ModuleDataSource.Build(sp.GetRequiredService<DatabaseConnection>().ConnectionString));
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxCommitNudge>();
        services.AddDbContextPool<TDbContext>((sp, options) =>
            Configure(options, sp.GetRequiredService<NpgsqlDataSource>(), schema)
                .EnableThreadSafetyChecks(ThreadSafetyChecks(sp))
                .AddInterceptors(sp.GetRequiredService<OutboxCommitNudge>()));
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TDbContext>(schema));
        services.AddOutboxFor<TDbContext>();
        return services;
    }

    /// <summary>
    /// EF's check that a context is not used by two operations at once sets an AsyncLocal on entering and on
    /// leaving every row read: on a progress page of 100 rows that was 9% of what the Host allocated per page
    /// (bench `progress`). It catches a programming error, so it is on unless Xueshi:Database:ThreadSafetyChecks
    /// says false (the benchmark does). It is one value for every host in a process on purpose: EF builds a
    /// model per set of options, and its compiled queries are static and shared: with it off in the tests'
    /// Production hosts and on in their Development hosts, GET /me answered 500 in the full suite (twice in CI,
    /// never with one test class alone), and with one value everywhere it did not.
    /// </summary>
    public const string ThreadSafetyChecksSetting = "Xueshi:Database:ThreadSafetyChecks";

    private static bool ThreadSafetyChecks(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetValue<bool?>(ThreadSafetyChecksSetting) ?? true;

    /// <summary>The one Npgsql set-up every module uses at run time, on the shared data source.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .UseSnakeCaseNamingConvention();

    /// <summary>The same set-up on a bare connection string: design time (never opened) and test helpers.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .UseSnakeCaseNamingConvention();
}
