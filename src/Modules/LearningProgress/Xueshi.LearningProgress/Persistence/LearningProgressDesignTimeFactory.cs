using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.LearningProgress.Persistence;

/// <summary>Lets the migrations tooling build the model without starting the Host.</summary>
internal sealed class LearningProgressDesignTimeFactory : IDesignTimeDbContextFactory<LearningProgressDbContext>
{
    public LearningProgressDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LearningProgressDbContext>();
        PersistenceRegistration.Configure(options, "Host=localhost;Database=design_time", LearningProgressDbContext.SchemaName);
        return new LearningProgressDbContext(options.Options);
    }
}
