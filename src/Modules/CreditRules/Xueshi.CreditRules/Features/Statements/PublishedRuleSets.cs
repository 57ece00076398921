using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Persistence;

namespace Xueshi.CreditRules.Features.Statements;

/// <summary>A rule set with the version it is.</summary>
internal sealed record VersionedRuleSet(int Version, RuleSet Rules);

/// <summary>
/// The rule set in force for a program. A published version never changes, so its parsed document is
/// kept by (program, version) for the life of the process: a statement reads only the head's version
/// number (one query), and the document once per version.
/// </summary>
internal sealed class PublishedRuleSets
{
    // Read on every statement: compiled once.
    private static readonly Func<CreditRulesDbContext, Guid, CancellationToken, Task<int?>> PublishedVersionQuery =
        EF.CompileAsyncQuery((CreditRulesDbContext db, Guid programId, CancellationToken _) =>
            db.RuleSetHeads.AsNoTracking().Where(h => h.ProgramId == programId).Select(h => h.PublishedVersion).SingleOrDefault());

    private readonly ConcurrentDictionary<(Guid ProgramId, int Version), RuleSet> _parsed = new();

    public async Task<VersionedRuleSet?> CurrentAsync(CreditRulesDbContext db, Guid programId, CancellationToken cancellationToken)
    {
        var version = await PublishedVersionQuery(db, programId, cancellationToken);
        if (version is not { } published)
        {
            return null;
        }

        if (!_parsed.TryGetValue((programId, published), out var rules))
        {
            rules = await db.RuleSetVersions.AsNoTracking()
                .Where(v => v.ProgramId == programId && v.Version == published)
                .Select(v => v.Document)
                .SingleAsync(cancellationToken);
            _parsed.TryAdd((programId, published), rules);
        }

        return new VersionedRuleSet(published, rules);
    }
}
