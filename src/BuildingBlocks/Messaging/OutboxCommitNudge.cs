using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Xueshi.BuildingBlocks.Messaging;

/// <summary>
/// Wakes the outbox dispatcher once an integration event is committed, instead of at its next poll.
/// A singleton interceptor rather than an override in the DbContext, so that pooled DbContexts take
/// nothing but their options. Never before the commit: an event saved inside an explicit transaction
/// nudges when that transaction commits, and not at all when it rolls back.
/// </summary>
/// <remarks>
/// The state between "saving" and "saved" (or "committed") is keyed by the context or the
/// transaction in weak tables, so a pooled context carries nothing from one use into the next:
/// every entry is removed when the save or the transaction ends, and a leftover one could only
/// cause one needless wake-up.
/// </remarks>
internal sealed class OutboxCommitNudge(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();

    private readonly ConditionalWeakTable<DbContext, object> _savingWithoutTransaction = [];
    private readonly ConditionalWeakTable<DbTransaction, object> _transactionsWithEvents = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteEvents(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteEvents(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        _transactionsWithEvents.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _transactionsWithEvents.Remove(transaction);
        return Task.CompletedTask;
    }

    private void NoteEvents(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            return;
        }

        if (context.Database.CurrentTransaction is { } transaction)
        {
            _transactionsWithEvents.AddOrUpdate(transaction.GetDbTransaction(), Marker);
        }
        else
        {
            // SaveChanges commits on its own (its own transaction, or a single statement).
            _savingWithoutTransaction.AddOrUpdate(context, Marker);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && _savingWithoutTransaction.Remove(context))
        {
            signal.Notify();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _savingWithoutTransaction.Remove(context);
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (_transactionsWithEvents.Remove(transaction))
        {
            signal.Notify();
        }
    }
}
