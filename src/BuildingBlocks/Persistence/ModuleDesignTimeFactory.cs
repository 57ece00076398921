using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Xueshi.BuildingBlocks.Persistence;

/// <summary>
/// Builds a module's DbContext for the migrations tooling without starting the Host; the
/// connection string is never opened (scaffolding a migration needs only the model).
/// </summary>
public abstract class ModuleDesignTimeFactory<TDbContext> : IDesignTimeDbContextFactory<TDbContext>
    where TDbContext : ModuleDbContext
{
    protected abstract string Schema { get; }

    protected abstract TDbContext Create(DbContextOptions<TDbContext> options);

    public TDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDbContext>();
        PersistenceRegistration.Configure(options, "Host=localhost;Database=design_time", Schema);
        return Create(options.Options);
    }
}
