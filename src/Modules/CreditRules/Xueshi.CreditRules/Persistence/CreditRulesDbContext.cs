using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.CreditRules.Persistence;

internal sealed class CreditRulesDbContext(DbContextOptions<CreditRulesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "credit_rules";

    protected override string Schema => SchemaName;

    // No tables of its own yet beyond the outbox and inbox; with the first entity this becomes
    // modelBuilder.ApplyConfigurationsFromAssembly(typeof(CreditRulesDbContext).Assembly).
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
