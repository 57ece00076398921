using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.BuildingBlocks.Messaging;

/// <summary>
/// Publishes committed integration events from every module's outbox. It starts after the database
/// is ready and drains at start, so events committed while the process was down are delivered.
/// </summary>
internal sealed class OutboxDispatcher(
    IEnumerable<IOutboxStore> stores,
    IServiceProvider services,
    OutboxSignal signal,
    DatabaseReadiness readiness,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled)
        {
            logger.LogInformation("The outbox dispatcher is disabled by configuration.");
            return;
        }

        await readiness.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var dispatched = 0;
            foreach (var store in stores)
            {
                try
                {
                    dispatched += await store.DispatchBatchAsync(services, options.Value.BatchSize, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The outbox dispatcher failed on a batch; it will retry.");
                }
            }

            if (dispatched == 0)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
