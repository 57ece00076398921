using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.LearningProgress.Tracking;

/// <summary>
/// The one loop that writes heartbeats: it takes what has arrived together (up to
/// <see cref="MaxBatch"/>, at most one per teacher; a teacher's next heartbeat waits for the next
/// batch, so every row is touched once per statement and a teacher's heartbeats stay in order), runs
/// it as one transaction, and only then answers each waiting request. At shutdown it stops taking new
/// heartbeats and writes those already queued.
/// </summary>
internal sealed class HeartbeatBatchLoop(HeartbeatWriter writer, IServiceProvider services, TimeProvider clock, ILogger<HeartbeatBatchLoop> logger)
    : BackgroundService
{
    public const int MaxBatch = 256;

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        writer.Complete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var deferred = new Queue<PendingHeartbeat>();
        while (deferred.Count > 0 || await writer.Reader.WaitToReadAsync(CancellationToken.None))
        {
            var batch = Take(ref deferred);
            if (batch.Count > 0)
            {
                // Resolved at the first heartbeat, not at start: the data source needs the database's address,
                // known only once the Host has started it; no request arrives before that.
                await WriteAsync(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<OutboxSignal>(), batch);
            }
        }
    }

    private List<PendingHeartbeat> Take(ref Queue<PendingHeartbeat> deferred)
    {
        var batch = new List<PendingHeartbeat>();
        var teachers = new HashSet<Guid>();
        var next = new Queue<PendingHeartbeat>();

        void Offer(PendingHeartbeat pending)
        {
            if (batch.Count < MaxBatch && teachers.Add(pending.Heartbeat.TeacherId))
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
