using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xueshi.Accounts.Audit;

namespace Xueshi.Accounts.Persistence;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ResourceType).HasMaxLength(40);
        builder.Property(e => e.Operation).HasMaxLength(100);
        // An IPv6 address with a zone is at most 45 characters; inet would refuse "unknown" from a test server.
        builder.Property(e => e.Address).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(200);

        // The operator's queries: newest first, by actor, by whose data, by type.
        builder.HasIndex(e => e.OccurredAt).IsDescending();
        builder.HasIndex(e => new { e.ActorAccountId, e.OccurredAt }).IsDescending(false, true);
        builder.HasIndex(e => new { e.Type, e.OccurredAt }).IsDescending(false, true);
        builder.HasIndex(e => e.SubjectAccountIds).HasMethod("gin");
    }
}
