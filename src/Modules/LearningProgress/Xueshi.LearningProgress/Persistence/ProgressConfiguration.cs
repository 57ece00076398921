using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.LearningProgress.Domain;

namespace Xueshi.LearningProgress.Persistence;

// Every learning table keys on teacher_id first, so it can be distributed by teacher (Citus) later.
internal sealed class PlaybackConfiguration : IEntityTypeConfiguration<Playback>
{
    public void Configure(EntityTypeBuilder<Playback> builder)
    {
        builder.ToTable("playbacks");
        builder.HasKey(p => new { p.TeacherId, p.Id });
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.TeacherId, p.ResourceId });
    }
}

internal sealed class ResourceProgressConfiguration : IEntityTypeConfiguration<ResourceProgress>
{
    public void Configure(EntityTypeBuilder<ResourceProgress> builder)
    {
        builder.ToTable("resource_progress");
        builder.HasKey(p => new { p.TeacherId, p.ResourceId });
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Watched).HasColumnType("int4multirange").HasDefaultValueSql("'{}'::int4multirange");
        builder.Property(p => p.AfterQuiz).HasColumnType("int4multirange").HasDefaultValueSql("'{}'::int4multirange");
        // Stored as its number so the heartbeat statement compares it without a cast.
        builder.Property(p => p.State).HasConversion<int>();
        builder.Ignore(p => p.StudySeconds);
        builder.HasIndex(p => new { p.TeacherId, p.CourseId });
    }
}

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.ToTable("quiz_attempts");
        builder.HasKey(a => new { a.TeacherId, a.Id });
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Answers).HasJsonConversion();
        builder.HasIndex(a => new { a.TeacherId, a.ResourceId, a.SubmittedAt });
    }
}
