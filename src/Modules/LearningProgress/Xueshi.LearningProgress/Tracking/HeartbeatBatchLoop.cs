using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.LearningProgress.Tracking;

/// <summary>
/// The one loop that writes heartbeats: it takes what has arrived together (up to
/// <see cref="MaxBatch"/>, at most one per teacher), runs it as one transaction, and only then answers
/// each waiting request. Up to <see cref="MaxInFlight"/> batches commit at once, so heartbeats that
/// arrive while one batch is in the database start at once instead of waiting for its commit; a
/// teacher is never in two of them (a teacher's next heartbeat waits for the batch that holds the
/// previous one), so every row is touched once per statement, no two batches wait on each other's
/// locks, and a teacher's heartbeats stay in order. At shutdown it stops taking new heartbeats and
/// writes those already queued.
/// </summary>
internal sealed class HeartbeatBatchLoop(HeartbeatWriter writer, IServiceProvider services, TimeProvider clock, ILogger<HeartbeatBatchLoop> logger)
    : BackgroundService
{
    public const int MaxBatch = 256;

    /// <summary>
    /// One batch committing while the next is sent: more would only queue inside PostgreSQL on a few
    /// cores, and each costs a pooled connection.
    /// </summary>
    public const int MaxInFlight = 2;

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        writer.Complete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var deferred = new Queue<PendingHeartbeat>();
        var busy = new HashSet<Guid>();
        var running = new List<(Task Commit, List<PendingHeartbeat> Batch)>(MaxInFlight);
        Task<bool>? arrival = null;
        var closed = false;
        while (true)
        {
            if (running.Count < MaxInFlight)
            {
                var batch = Take(ref deferred, busy);
                if (batch.Count > 0)
                {
                    foreach (var pending in batch)
                    {
                        busy.Add(pending.Heartbeat.TeacherId);
                    }

                    // Resolved at the first heartbeat, not at start: the data source needs the database's address,
                    // known only once the Host has started it; no request arrives before that.
                    running.Add((WriteAsync(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<OutboxSignal>(), batch), batch));
                    continue;
                }
            }

            if (running.Count == 0 && deferred.Count == 0 && closed)
            {
                return;
            }

            // Nothing can start now: wait for a batch to commit (freeing its teachers and its slot) or, with a
            // slot free, for the next arrival. Take drained the channel unless `deferred` is full of teachers
            // still in flight; then only a commit can help, and waiting for an arrival would spin.
            var waits = new List<Task>(MaxInFlight + 1);
            waits.AddRange(running.Select(r => r.Commit));
            if (!closed && running.Count < MaxInFlight && deferred.Count < MaxBatch)
            {
                arrival ??= writer.Reader.WaitToReadAsync(CancellationToken.None).AsTask();
                waits.Add(arrival);
            }

            var done = await Task.WhenAny(waits);
            if (done == arrival)
            {
                closed = !await arrival;
                arrival = null;
                continue;
            }

            for (var i = running.Count - 1; i >= 0; i--)
            {
                if (running[i].Commit.IsCompleted)
                {
                    foreach (var pending in running[i].Batch)
                    {
                        busy.Remove(pending.Heartbeat.TeacherId);
                    }

                    running.RemoveAt(i);
                }
            }
        }
    }

    private List<PendingHeartbeat> Take(ref Queue<PendingHeartbeat> deferred, HashSet<Guid> busy)
    {
        var batch = new List<PendingHeartbeat>();
        var teachers = new HashSet<Guid>();
        var next = new Queue<PendingHeartbeat>();

        void Offer(PendingHeartbeat pending)
        {
            var teacher = pending.Heartbeat.TeacherId;
            if (batch.Count < MaxBatch && !busy.Contains(teacher) && teachers.Add(teacher))
            {
                batch.Add(pending);
            }
            else
            {
                next.Enqueue(pending);
            }
        }

        while (deferred.TryDequeue(out var waiting))
        {
            Offer(waiting);
        }

        while (batch.Count < MaxBatch && next.Count < MaxBatch && writer.Reader.TryRead(out var arrived))
        {
            Offer(arrived);
        }

        deferred = next;
        return batch;
    }

    private async Task WriteAsync(NpgsqlDataSource dataSource, OutboxSignal signal, List<PendingHeartbeat> batch)
    {
        try
        {
            await CommitAsync(dataSource, signal, batch);
        }
        catch (Exception e) when (batch.Count > 1 && !DatabaseOutage.IsOutage(e))
        {
            // Not the database being away (a deadlock with another Host, or a heartbeat the statement cannot take):
            // write them one by one, so that one bad heartbeat fails alone.
            logger.LogWarning(e, "A batch of {Count} heartbeats failed; writing them one by one", batch.Count);
            foreach (var pending in batch)
            {
                try
                {
                    await CommitAsync(dataSource, signal, [pending]);
                }
                catch (Exception single)
                {
                    Fail([pending], single);
                }
            }
        }
        catch (Exception e)
        {
            Fail(batch, e);
        }
    }

    private async Task CommitAsync(NpgsqlDataSource dataSource, OutboxSignal signal, List<PendingHeartbeat> batch)
    {
        var (results, completed) = await HeartbeatBatchCommand.RunAsync(
            dataSource, [.. batch.Select(p => p.Heartbeat)], clock.GetUtcNow(), CancellationToken.None);
        if (completed > 0)
        {
            signal.Notify();
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(results[i]);
        }
    }

    private void Fail(List<PendingHeartbeat> batch, Exception e)
    {
        if (!DatabaseOutage.IsOutage(e))
        {
            logger.LogError(e, "Writing {Count} heartbeats failed", batch.Count);
        }

        foreach (var pending in batch)
        {
            pending.Done.TrySetException(e);
        }
    }
}
