using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Enrollment.Persistence;

internal sealed class EnrollmentDbContext(DbContextOptions<EnrollmentDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "enrollment";

    protected override string Schema => SchemaName;

    // No tables of its own yet beyond the outbox and inbox; with the first entity this becomes
    // modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnrollmentDbContext).Assembly).
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
