using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.BuildingBlocks.Messaging;

/// <summary>
/// A consumer that handles each event once, however often it is delivered: the inbox row and the
/// consumer's own changes commit together, in the consumer's schema.
/// </summary>
public abstract class IdempotentEventHandler<TEvent, TDbContext>(TDbContext db, TimeProvider clock) : INotificationHandler<TEvent>
    where TEvent : IIntegrationEvent
    where TDbContext : ModuleDbContext
{
    protected TDbContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public async Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var schema = Db.Model.GetDefaultSchema();
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);

        // Claiming the inbox row first also serialises two concurrent deliveries: the second waits
        // on the key until the first commits, then finds it taken.
        var sql = $$"""INSERT INTO "{{schema}}".inbox_messages (event_id, handler, processed_at) VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING""";
        var claimed = await Db.Database.ExecuteSqlRawAsync(
            sql,
            [notification.EventId, GetType().FullName!, Clock.GetUtcNow()],
            cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        await HandleOnceAsync(notification, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    protected abstract Task HandleOnceAsync(TEvent notification, CancellationToken cancellationToken);
}
