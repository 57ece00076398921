using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.BuildingBlocks.Persistence;

/// <summary>
/// A module's DbContext: its own schema, its own outbox and inbox tables. Contexts are pooled, so a
/// context takes nothing but its options and holds no state of a request (no current user, no query
/// filter on an injected service): the pool hands the same instance to the next request. The nudge
/// to the outbox dispatcher after a commit is <see cref="OutboxCommitNudge"/>, an interceptor.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    protected abstract string Schema { get; }

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        ConfigureModel(modelBuilder);
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>Records an integration event; it is committed with the change and published later.</summary>
    public void Publish(IIntegrationEvent integrationEvent) => OutboxMessages.Add(OutboxMessage.From(integrationEvent));
}
