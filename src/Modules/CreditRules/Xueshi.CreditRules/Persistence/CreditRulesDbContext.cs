using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.CreditRules.Persistence;

internal sealed class CreditRulesDbContext(DbContextOptions<CreditRulesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "credit_rules";

    protected override string Schema => SchemaName;

    public DbSet<RuleSetHead> RuleSetHeads => Set<RuleSetHead>();

    public DbSet<StoredRuleSetVersion> RuleSetVersions => Set<StoredRuleSetVersion>();

    public DbSet<CompletionRecord> Completions => Set<CompletionRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CreditRulesDbContext).Assembly);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToPublishedVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToPublishedVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // A statement names the version it was evaluated with; that version must read the same forever. The
    // entity refuses edits, and this catches anything that went around it (a property set, a delete).
    private void RefuseChangesToPublishedVersions()
    {
        foreach (var entry in ChangeTracker.Entries<StoredRuleSetVersion>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted
                && entry.OriginalValues.GetValue<Features.Admin.RuleSetStatus>(nameof(StoredRuleSetVersion.Status)) != Features.Admin.RuleSetStatus.Draft)
            {
                throw new InvalidOperationException(
                    $"Version {entry.Entity.Version} of the rules of program {entry.Entity.ProgramId} is published and never changes.");
            }
        }
    }
}
