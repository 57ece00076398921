using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.CreditRules.Features.Statements;

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

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToPublishedVersions();
        var headsChange = ChangesHeads();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (headsChange)
        {
            PublishedRuleSets.HeadsChanged();
        }

        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToPublishedVersions();
        var headsChange = ChangesHeads();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (headsChange)
        {
            PublishedRuleSets.HeadsChanged();
        }

        return saved;
    }

    // A head names the version in force; the statements keep which one that is (PublishedRuleSets). Reported after
    // the save's own commit: a head saved inside an explicit transaction would be reported before it commits, and
    // none is (publishing saves alone).
    private bool ChangesHeads() =>
        ChangeTracker.Entries<RuleSetHead>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

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
