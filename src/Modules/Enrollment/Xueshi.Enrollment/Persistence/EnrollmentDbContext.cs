using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.Enrollment.Media;

namespace Xueshi.Enrollment.Persistence;

internal sealed class EnrollmentDbContext(DbContextOptions<EnrollmentDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "enrollment";

    protected override string Schema => SchemaName;

    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnrollmentDbContext).Assembly);
}
