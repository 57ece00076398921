using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.CreditRules.Persistence;

internal sealed class RuleSetHeadConfiguration : IEntityTypeConfiguration<RuleSetHead>
{
    public void Configure(EntityTypeBuilder<RuleSetHead> builder)
    {
        builder.ToTable("rule_set_heads");
        builder.HasKey(h => h.ProgramId);
        builder.Property(h => h.ProgramId).ValueGeneratedNever();
        builder.Property(h => h.Revision).IsConcurrencyToken();
    }
}

internal sealed class StoredRuleSetVersionConfiguration : IEntityTypeConfiguration<StoredRuleSetVersion>
{
    public void Configure(EntityTypeBuilder<StoredRuleSetVersion> builder)
    {
        builder.ToTable("rule_set_versions");
        // The key is the unique (program_id, version).
        builder.HasKey(v => new { v.ProgramId, v.Version });
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Document).HasJsonConversion();
        builder.Ignore(v => v.IsPublished);
    }
}

internal sealed class CompletionRecordConfiguration : IEntityTypeConfiguration<CompletionRecord>
{
    public void Configure(EntityTypeBuilder<CompletionRecord> builder)
    {
        builder.ToTable("completions");
        builder.HasKey(c => new { c.TeacherId, c.ProgramId });
        builder.Property(c => c.CreditedHours).HasPrecision(9, 2);
    }
}
