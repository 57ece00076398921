using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.CreditRules.Features.Admin.DiscardDraft;

internal sealed class DiscardDraftHandler(ICurrentUser user, RuleSetEditing editing) : IRequestHandler<DiscardDraft, RuleSetsView>
{
    public async Task<RuleSetsView> Handle(DiscardDraft request, CancellationToken cancellationToken)
    {
        user.RequireOperator();
        var outline = await editing.ProgramAsync(request.ProgramId, cancellationToken);
        var head = await editing.HeadForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        if (head.DraftVersion is not { } draftVersion)
        {
            throw CreditRulesErrors.NoDraft.ToException();
        }

        var draft = await editing.Db.RuleSetVersions.SingleAsync(v => v.ProgramId == request.ProgramId && v.Version == draftVersion, cancellationToken);
        editing.Db.RuleSetVersions.Remove(draft);
        head.DraftDiscarded();
        await editing.SaveAsync(cancellationToken);
        return await editing.ViewAsync(outline, cancellationToken);
    }
}
