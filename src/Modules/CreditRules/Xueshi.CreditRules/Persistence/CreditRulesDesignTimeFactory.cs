using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.CreditRules.Persistence;

/// <summary>Lets the migrations tooling build the model without starting the Host.</summary>
internal sealed class CreditRulesDesignTimeFactory : IDesignTimeDbContextFactory<CreditRulesDbContext>
{
    public CreditRulesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CreditRulesDbContext>();
        PersistenceRegistration.Configure(options, "Host=localhost;Database=design_time", CreditRulesDbContext.SchemaName);
        return new CreditRulesDbContext(options.Options);
    }
}
