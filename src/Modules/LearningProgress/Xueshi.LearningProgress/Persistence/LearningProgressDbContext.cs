using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.LearningProgress.Domain;

namespace Xueshi.LearningProgress.Persistence;

internal sealed class LearningProgressDbContext(DbContextOptions<LearningProgressDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "learning_progress";

    protected override string Schema => SchemaName;

    public DbSet<Playback> Playbacks => Set<Playback>();

    public DbSet<ResourceProgress> ResourceProgress => Set<ResourceProgress>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LearningProgressDbContext).Assembly);
}
