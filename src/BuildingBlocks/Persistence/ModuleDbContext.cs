using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.BuildingBlocks.Persistence;

/// <summary>
/// A module's DbContext: its own schema, its own outbox and inbox tables, and a nudge to the
/// dispatcher when an event has been committed.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, OutboxSignal? outboxSignal) : DbContext(options)
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

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var wroteEvents = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (wroteEvents && Database.CurrentTransaction is null)
        {
            outboxSignal?.Notify();
        }

        return written;
    }
}
