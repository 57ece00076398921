using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.CreditRules.Persistence;

namespace Xueshi.CreditRules.Features.Admin.GetRuleSetVersion;

internal sealed class GetRuleSetVersionHandler(ICurrentUser user, CreditRulesDbContext db) : IRequestHandler<GetRuleSetVersion, RuleSetVersionView>
{
    public async Task<RuleSetVersionView> Handle(GetRuleSetVersion request, CancellationToken cancellationToken)
    {
        user.RequireOperator();
        var row = await db.RuleSetVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ProgramId == request.ProgramId && v.Version == request.Version, cancellationToken)
            ?? throw CreditRulesErrors.VersionNotFound.ToException();
        var head = await db.RuleSetHeads.AsNoTracking().SingleOrDefaultAsync(h => h.ProgramId == request.ProgramId, cancellationToken);
        return RuleSetsViews.Version(row, head);
    }
}
