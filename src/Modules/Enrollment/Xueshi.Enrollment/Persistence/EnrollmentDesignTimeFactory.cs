using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Enrollment.Persistence;

/// <summary>Lets the migrations tooling build the model without starting the Host.</summary>
internal sealed class EnrollmentDesignTimeFactory : IDesignTimeDbContextFactory<EnrollmentDbContext>
{
    public EnrollmentDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EnrollmentDbContext>();
        PersistenceRegistration.Configure(options, "Host=localhost;Database=design_time", EnrollmentDbContext.SchemaName);
        return new EnrollmentDbContext(options.Options);
    }
}
