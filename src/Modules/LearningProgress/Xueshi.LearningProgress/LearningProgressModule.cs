using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.LearningProgress.Persistence;
using Xueshi.LearningProgress.Tracking;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.LearningProgress;

/// <summary>Playback, heartbeats, watched segments, study time, quiz attempts and resource states.</summary>
public sealed class LearningProgressModule : ModuleBase
{
    public override string Name => "LearningProgress";

    public override string Schema => LearningProgressDbContext.SchemaName;

    public override IReadOnlyDictionary<string, string> ApiTags => LearningProgressApiTags.Descriptions;

    public override IEnumerable<ProblemExtension> ProblemExtensions =>
    [
        new("startsOn", typeof(DateOnly), "With learning.before_window: the program's first day (China Standard Time)."),
        new("endsOn", typeof(DateOnly), "With learning.after_window: the program's last day (China Standard Time)."),
        new("opensOn", typeof(DateOnly), "With learning.course_not_open: the day the course opens (China Standard Time)."),
    ];

    protected override void AddPersistence(IServiceCollection services) =>
        services.AddModulePersistence<LearningProgressDbContext>(Schema);

    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        // Heartbeats skip the DbContext: one writer batches them into one statement per transaction.
        services.AddSingleton<HeartbeatWriter>();
        services.AddHostedService<HeartbeatBatchLoop>();
    }
}
