using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.LearningProgress.Persistence;
using Xueshi.LearningProgress.Tracking;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.LearningProgress;

/// <summary>Playback, heartbeats, watched segments, study time, quiz attempts and resource states.</summary>
public sealed class LearningProgressModule : ModuleBase
{
    public override string Name => "LearningProgress";

    public override string Schema => LearningProgressDbContext.SchemaName;

    public override IReadOnlyDictionary<string, string> ApiTags => LearningProgressApiTags.Descriptions;

    protected override void AddPersistence(IServiceCollection services) =>
        services.AddModulePersistence<LearningProgressDbContext>(Schema);

    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        // Heartbeats skip the DbContext: one writer batches them into one statement per transaction.
        services.AddSingleton<HeartbeatWriter>();
        services.AddHostedService<HeartbeatBatchLoop>();
    }
}
