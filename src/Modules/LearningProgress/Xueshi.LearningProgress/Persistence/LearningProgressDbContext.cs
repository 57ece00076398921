using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.LearningProgress.Persistence;

internal sealed class LearningProgressDbContext(DbContextOptions<LearningProgressDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "learning_progress";

    protected override string Schema => SchemaName;

    // No tables of its own yet beyond the outbox and inbox; with the first entity this becomes
    // modelBuilder.ApplyConfigurationsFromAssembly(typeof(LearningProgressDbContext).Assembly).
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
