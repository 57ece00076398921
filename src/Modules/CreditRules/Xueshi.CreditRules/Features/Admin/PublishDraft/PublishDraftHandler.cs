using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.CreditRules.Features.Admin.PublishDraft;

internal sealed class PublishDraftHandler(ICurrentUser user, RuleSetEditing editing, RuleSetChecks checks, TimeProvider clock)
    : IRequestHandler<PublishDraft, RuleSetsView>
{
    public async Task<RuleSetsView> Handle(PublishDraft request, CancellationToken cancellationToken)
    {
        var operatorId = user.RequireOperator();
        var outline = await editing.ProgramAsync(request.ProgramId, cancellationToken);
        var head = await editing.HeadForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        if (head.DraftVersion is not { } draftVersion)
        {
            throw CreditRulesErrors.NoDraft.ToException();
        }

        var draft = await editing.Db.RuleSetVersions.SingleAsync(v => v.ProgramId == request.ProgramId && v.Version == draftVersion, cancellationToken);
        // The catalog may have changed since the save (a course removed, a resource archived): checked again as it is now.
        checks.Require(draft.Document, outline);
        draft.Publish(operatorId, clock.GetUtcNow());
        head.Published(draftVersion);
        await editing.SaveAsync(cancellationToken);
        return await editing.ViewAsync(outline, cancellationToken);
    }
}
