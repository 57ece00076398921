using Microsoft.Extensions.DependencyInjection;
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
}
