using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Accounts.Persistence;

/// <summary>Lets the migrations tooling build the model without starting the Host.</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        PersistenceRegistration.Configure(options, "Host=localhost;Database=design_time", AccountsDbContext.SchemaName);
        return new AccountsDbContext(options.Options);
    }
}
