using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.CreditRules.DemoData;
using Xueshi.CreditRules.Features.Admin;
using Xueshi.CreditRules.Features.Completion;
using Xueshi.CreditRules.Features.Statements;
using Xueshi.CreditRules.Persistence;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.CreditRules;

/// <summary>Rule sets and their evaluation into credited hours.</summary>
public sealed class CreditRulesModule : ModuleBase
{
    public override string Name => "CreditRules";

    public override string Schema => CreditRulesDbContext.SchemaName;

    public override IReadOnlyDictionary<string, string> ApiTags => CreditRulesApiTags.Descriptions;

    protected override void AddPersistence(IServiceCollection services) =>
        services.AddModulePersistence<CreditRulesDbContext>(Schema);

    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        // Parsed published rule sets live as long as the process: a published version never changes.
        services.AddSingleton<PublishedRuleSets>();
        services.AddScoped<CreditStatements>();
        services.AddScoped<CompletionRecorder>();
        services.AddScoped<RuleSetEditing>();
        services.AddSingleton<RuleSetChecks>();
    }

    /// <summary>Version 1 of each demo program's rules; after Enrollment's demo data, which made the programs.</summary>
    public override Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        CreditRulesDemoData.SeedAsync(services, cancellationToken);
}
