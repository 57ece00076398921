using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Xueshi.ArchitectureTests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(ModuleCatalog.Modules), MemberType = typeof(ModuleCatalog))]
    public void Every_modules_migrations_match_its_model(string module)
    {
        using var db = CreateDesignTimeContext(module);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {module} model has changes no migration captures: dotnet run --project tools/MigrationScaffolder -- {module} <Name>");
    }

    [Theory]
    [MemberData(nameof(ModuleCatalog.Modules), MemberType = typeof(ModuleCatalog))]
    public void Every_module_keeps_its_tables_and_migration_history_in_its_own_schema(string module)
    {
        using var db = CreateDesignTimeContext(module);
        var schema = db.Model.GetDefaultSchema();
        Assert.False(string.IsNullOrEmpty(schema));
        Assert.All(db.Model.GetEntityTypes(), e => Assert.Equal(schema, e.GetSchema()));
        Assert.Matches($"(\"?){schema}\\1\\.\"__EFMigrationsHistory\"", HistoryScript(db));
    }

    private static string HistoryScript(DbContext db) =>
        db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().GetCreateIfNotExistsScript();

    private static DbContext CreateDesignTimeContext(string module)
    {
        var factory = ModuleCatalog.Implementation(module).GetTypes()
            .Single(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)));
        var instance = Activator.CreateInstance(factory, nonPublic: true)!;
        return (DbContext)factory.GetMethod("CreateDbContext")!.Invoke(instance, [Array.Empty<string>()])!;
    }
}
