using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.BuildingBlocks.Messaging;

/// <summary>One module's outbox, as the dispatcher sees it.</summary>
internal interface IOutboxStore
{
    Task<int> DispatchBatchAsync(IServiceProvider services, int batchSize, CancellationToken cancellationToken);
}

internal sealed class OutboxStore<TDbContext>(ILogger<OutboxStore<TDbContext>> logger, TimeProvider clock) : IOutboxStore
    where TDbContext : ModuleDbContext
{
    public async Task<int> DispatchBatchAsync(IServiceProvider services, int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var schema = db.Model.GetDefaultSchema();
        var now = clock.GetUtcNow();

        // Rows are locked for the batch so that two hosts never publish the same row at once;
        // SKIP LOCKED lets the other host take the next rows instead of waiting.
        // The schema name comes from our own model, never from input.
        var sql = $$"""
                SELECT * FROM "{{schema}}".outbox_messages
                WHERE processed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {0})
                ORDER BY occurred_at, id
                LIMIT {1}
                FOR UPDATE SKIP LOCKED
                """;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.OutboxMessages.FromSqlRaw(sql, now, batchSize).ToListAsync(cancellationToken);

        foreach (var message in batch)
        {
            try
            {
                await using var handlerScope = services.CreateAsyncScope();
                var mediator = handlerScope.ServiceProvider.GetRequiredService<IMediator>();
                await mediator.Publish(message.ToEvent(), cancellationToken);
                message.ProcessedAt = clock.GetUtcNow();
                message.LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Delivery is at least once: a failed row is retried later with a growing delay;
                // consumers that already handled it skip it through their inbox.
                message.Attempts++;
                message.LastError = e.ToString()[..Math.Min(2000, e.ToString().Length)];
                message.NextAttemptAt = clock.GetUtcNow().AddSeconds(Math.Min(300, Math.Pow(2, message.Attempts)));
                logger.LogWarning(e, "Outbox message {MessageId} ({Type}) failed, attempt {Attempt}", message.Id, message.Type, message.Attempts);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }
}
