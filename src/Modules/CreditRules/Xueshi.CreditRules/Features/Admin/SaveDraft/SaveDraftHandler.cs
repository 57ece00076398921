using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.CreditRules.Persistence;

namespace Xueshi.CreditRules.Features.Admin.SaveDraft;

internal sealed class SaveDraftHandler(ICurrentUser user, RuleSetEditing editing, RuleSetChecks checks, TimeProvider clock)
    : IRequestHandler<SaveDraft, RuleSetsView>
{
    public async Task<RuleSetsView> Handle(SaveDraft request, CancellationToken cancellationToken)
    {
        var operatorId = user.RequireOperator();
        checks.RequireWellFormed(request.RuleSet);
        var outline = await editing.ProgramAsync(request.ProgramId, cancellationToken);
        var head = await editing.HeadForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        checks.Require(request.RuleSet, outline);

        var db = editing.Db;
        var now = clock.GetUtcNow();
        if (head.DraftVersion is { } draftVersion)
        {
            var draft = await db.RuleSetVersions.SingleAsync(v => v.ProgramId == request.ProgramId && v.Version == draftVersion, cancellationToken);
            draft.Replace(request.RuleSet, operatorId, now);
            // Replacing the draft with the same rules changes no column of it; the revision still moves, so the save is seen.
            head.DraftIs(draftVersion);
        }
        else
        {
            // A published version is never touched: the draft is the next version after the latest.
            var latest = await db.RuleSetVersions.Where(v => v.ProgramId == request.ProgramId).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
            db.RuleSetVersions.Add(StoredRuleSetVersion.Draft(request.ProgramId, latest + 1, request.RuleSet, operatorId, now));
            head.DraftIs(latest + 1);
        }

        await editing.SaveAsync(cancellationToken);
        return await editing.ViewAsync(outline, cancellationToken);
    }
}
