using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Accounts.Persistence;

internal sealed class AccountsDesignTimeFactory : ModuleDesignTimeFactory<AccountsDbContext>
{
    protected override string Schema => AccountsDbContext.SchemaName;

    protected override AccountsDbContext Create(DbContextOptions<AccountsDbContext> options) => new(options);
}
