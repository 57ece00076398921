using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.CreditRules.Persistence;

internal sealed class CreditRulesDesignTimeFactory : ModuleDesignTimeFactory<CreditRulesDbContext>
{
    protected override string Schema => CreditRulesDbContext.SchemaName;

    protected override CreditRulesDbContext Create(DbContextOptions<CreditRulesDbContext> options) => new(options);
}
