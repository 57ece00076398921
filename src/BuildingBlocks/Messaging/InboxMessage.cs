using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Xueshi.BuildingBlocks.Messaging;

/// <summary>That a consumer has handled an event, so a redelivery changes nothing.</summary>
internal sealed class InboxMessage
{
    public Guid EventId { get; set; }

    public string Handler { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(m => new { m.EventId, m.Handler });
        builder.Property(m => m.Handler).HasMaxLength(300);
    }
}
