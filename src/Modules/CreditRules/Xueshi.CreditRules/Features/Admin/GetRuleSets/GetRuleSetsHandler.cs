using MediatR;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.CreditRules.Features.Admin.GetRuleSets;

internal sealed class GetRuleSetsHandler(ICurrentUser user, RuleSetEditing editing) : IRequestHandler<GetRuleSets, RuleSetsView>
{
    public async Task<RuleSetsView> Handle(GetRuleSets request, CancellationToken cancellationToken)
    {
        user.RequireOperator();
        var outline = await editing.ProgramAsync(request.ProgramId, cancellationToken);
        return await editing.ViewAsync(outline, cancellationToken);
    }
}
