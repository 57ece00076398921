using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.LearningProgress.Persistence;

internal sealed class LearningProgressDesignTimeFactory : ModuleDesignTimeFactory<LearningProgressDbContext>
{
    protected override string Schema => LearningProgressDbContext.SchemaName;

    protected override LearningProgressDbContext Create(DbContextOptions<LearningProgressDbContext> options) => new(options);
}
