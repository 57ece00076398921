using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Caching;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Persistence;

namespace Xueshi.CreditRules.Features.Statements;

/// <summary>A rule set with the version it is.</summary>
internal sealed record VersionedRuleSet(int Version, RuleSet Rules);

/// <summary>
/// The rule set in force for a program. A published version never changes, so its parsed document is
/// kept by (program, version) for the life of the process. Which version is in force is read on every
/// progress page; it changes only when an operator publishes, so it is kept too: a publication saved
/// through this process clears it at once (<see cref="HeadsChanged"/>, called by the DbContext after a
/// save that touched a head), one saved by another Host instance shows here after at most
/// <see cref="MaxAge"/>. Recording a completion does not trust the kept version
/// (<see cref="CurrentFreshAsync"/>): what is stored is judged by the rules in force at that moment.
/// </summary>
internal sealed class PublishedRuleSets
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private static readonly Func<CreditRulesDbContext, Guid, CancellationToken, Task<int?>> PublishedVersionQuery =
        EF.CompileAsyncQuery((CreditRulesDbContext db, Guid programId, CancellationToken _) =>
            db.RuleSetHeads.AsNoTracking().Where(h => h.ProgramId == programId).Select(h => h.PublishedVersion).SingleOrDefault());

    // Static: the DbContext that reports changes is pooled and cannot take this singleton in its constructor.
    private static long headsVersion;

    private readonly ConcurrentDictionary<(Guid ProgramId, int Version), RuleSet> _parsed = new();
    private readonly KeptReads<Guid, int?> _inForce = new(MaxAge);

    public static void HeadsChanged() => Interlocked.Increment(ref headsVersion);

    /// <summary>For a page: the version in force may be up to <see cref="MaxAge"/> old when another instance published.</summary>
    public async Task<VersionedRuleSet?> CurrentAsync(CreditRulesDbContext db, Guid programId, CancellationToken cancellationToken)
    {
        var changes = Interlocked.Read(ref headsVersion);
        if (!_inForce.TryGet(programId, changes, out var version))
        {
            // The change counter is read before the query: a publication during the query makes what it read stale.
            version = await PublishedVersionQuery(db, programId, cancellationToken);
            _inForce.Store(programId, version, changes);
        }

        return version is { } published ? await DocumentAsync(db, programId, published, cancellationToken) : null;
    }

    /// <summary>For what is stored (a completion): the version in force as the database has it now.</summary>
    public async Task<VersionedRuleSet?> CurrentFreshAsync(CreditRulesDbContext db, Guid programId, CancellationToken cancellationToken) =>
        await PublishedVersionQuery(db, programId, cancellationToken) is { } published
            ? await DocumentAsync(db, programId, published, cancellationToken)
            : null;

    private async Task<VersionedRuleSet> DocumentAsync(CreditRulesDbContext db, Guid programId, int version, CancellationToken cancellationToken)
    {
        if (!_parsed.TryGetValue((programId, version), out var rules))
        {
            rules = await db.RuleSetVersions.AsNoTracking()
                .Where(v => v.ProgramId == programId && v.Version == version)
                .Select(v => v.Document)
                .SingleAsync(cancellationToken);
            _parsed.TryAdd((programId, version), rules);
        }

        return new VersionedRuleSet(version, rules);
    }
}
