using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.CreditRules.Features.Statements;
using Xueshi.CreditRules.Persistence;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Features.Admin;

/// <summary>What the operator's handlers share: the program (404), the head under If-Match, the save that turns a lost race into 412, and the editor's view.</summary>
internal sealed class RuleSetEditing(CreditRulesDbContext db, CreditStatements statements)
{
    public CreditRulesDbContext Db => db;

    /// <summary>Any program, drafts included: operators write the rules before publishing the program.</summary>
    public async Task<ProgramOutline> ProgramAsync(Guid programId, CancellationToken cancellationToken) =>
        await statements.OutlineAsync(programId, cancellationToken) ?? throw CreditRulesErrors.ProgramNotFound.ToException();

    /// <summary>The program's head, tracked, after checking If-Match against it (revision 0 before any save); a new head is added.</summary>
    public async Task<RuleSetHead> HeadForChangeAsync(Guid programId, string? ifMatch, CancellationToken cancellationToken)
    {
        var head = await db.RuleSetHeads.SingleOrDefaultAsync(h => h.ProgramId == programId, cancellationToken);
        RuleSetRevisions.Require(ifMatch, head?.Revision ?? 0);
        if (head is null)
        {
            head = RuleSetHead.Create(programId);
            db.RuleSetHeads.Add(head);
        }

        return head;
    }

    /// <summary>Saves; someone who changed the rules between our read and our write (the revision, or the first head, or the same new version) wins, and we answer 412.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw CreditRulesErrors.PreconditionFailed.ToException();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw CreditRulesErrors.PreconditionFailed.ToException();
        }
    }

    public async Task<RuleSetsView> ViewAsync(ProgramOutline outline, CancellationToken cancellationToken)
    {
        var head = await db.RuleSetHeads.AsNoTracking().SingleOrDefaultAsync(h => h.ProgramId == outline.ProgramId, cancellationToken);
        var versions = await db.RuleSetVersions.AsNoTracking()
            .Where(v => v.ProgramId == outline.ProgramId)
            .OrderByDescending(v => v.Version)
            .ToListAsync(cancellationToken);
        return RuleSetsViews.From(outline, head, versions);
    }
}

internal static class RuleSetsViews
{
    public static RuleSetsView From(ProgramOutline outline, RuleSetHead? head, IReadOnlyList<StoredRuleSetVersion> versions)
    {
        RuleSetVersionView? Find(int? version) =>
            version is { } v && versions.FirstOrDefault(r => r.Version == v) is { } row ? Version(row, head) : null;

        return new RuleSetsView(
            outline.ProgramId,
            outline.Title,
            head?.Revision ?? 0,
            Find(head?.PublishedVersion),
            Find(head?.DraftVersion),
            [.. versions.Select(v => new RuleSetVersionSummary(v.Version, Status(v, head), v.SavedAt, v.PublishedAt))],
            [.. outline.Courses.Select(c => new RuleCourseView(c.CourseId, c.Title, c.CarriedFromProgramId,
                [.. c.Resources.Where(r => !r.IsArchived).Select(r => new RuleResourceView(r.ResourceId, r.Title, r.Kind, r.IsExtension, r.DurationSeconds,
                    r.Kind == ResourceKind.Video && r.QuestionCount > 0))]))]);
    }

    public static RuleSetVersionView Version(StoredRuleSetVersion row, RuleSetHead? head) =>
        new(row.Version, Status(row, head), row.Document, row.SavedAt, row.PublishedAt);

    private static RuleSetStatus Status(StoredRuleSetVersion row, RuleSetHead? head) =>
        head is null ? row.Status : row.StatusUnder(head);
}
