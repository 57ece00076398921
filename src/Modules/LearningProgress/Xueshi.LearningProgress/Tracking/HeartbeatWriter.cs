using System.Threading.Channels;
using Npgsql;

namespace Xueshi.LearningProgress.Tracking;

/// <summary>
/// The heartbeat path's front door (a singleton): each validated heartbeat waits in a channel until
/// the <see cref="HeartbeatBatchLoop"/> has committed it with the others that arrived together, and
/// only then is answered, so nothing acknowledged is ever lost. The wait is bounded: a database that
/// does not answer gives the same 503 as every other endpoint, never a hung player.
/// </summary>
internal sealed class HeartbeatWriter
{
    /// <summary>Longer than a healthy batch by orders of magnitude; shorter than a player's patience.</summary>
    public static readonly TimeSpan CommitTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Back-pressure: beyond this many waiting heartbeats, requests wait to be queued.</summary>
    private const int Capacity = 20_000;

    private readonly Channel<PendingHeartbeat> _queue = Channel.CreateBounded<PendingHeartbeat>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    internal ChannelReader<PendingHeartbeat> Reader => _queue.Reader;

    public async Task<HeartbeatResult> WriteAsync(HeartbeatWrite heartbeat, CancellationToken cancellationToken)
    {
        var pending = new PendingHeartbeat(heartbeat);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommitTimeout);
        try
        {
            await _queue.Writer.WriteAsync(pending, timeout.Token);
            return await pending.Done.Task.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Npgsql's own words for "no answer in time": the exception handler maps it to 503 with Retry-After.
            throw new NpgsqlException("The heartbeat was not committed in time.", new TimeoutException());
        }
        catch (ChannelClosedException e)
        {
            throw new NpgsqlException("The Host is shutting down; the heartbeat was not taken.", new TimeoutException(e.Message, e));
        }
    }

    /// <summary>At shutdown: no new heartbeats; those already queued are still written.</summary>
    internal void Complete() => _queue.Writer.TryComplete();
}

/// <summary>One heartbeat waiting for its batch's commit.</summary>
internal sealed class PendingHeartbeat(HeartbeatWrite heartbeat)
{
    public HeartbeatWrite Heartbeat { get; } = heartbeat;

    public TaskCompletionSource<HeartbeatResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
