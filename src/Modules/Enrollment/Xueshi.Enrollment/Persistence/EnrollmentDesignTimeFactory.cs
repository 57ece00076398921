using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Enrollment.Persistence;

internal sealed class EnrollmentDesignTimeFactory : ModuleDesignTimeFactory<EnrollmentDbContext>
{
    protected override string Schema => EnrollmentDbContext.SchemaName;

    protected override EnrollmentDbContext Create(DbContextOptions<EnrollmentDbContext> options) => new(options);
}
