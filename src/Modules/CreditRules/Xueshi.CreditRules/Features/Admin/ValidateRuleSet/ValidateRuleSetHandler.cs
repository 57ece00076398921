using MediatR;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.CreditRules.Features.Admin.ValidateRuleSet;

internal sealed class ValidateRuleSetHandler(ICurrentUser user, RuleSetEditing editing, RuleSetChecks checks) : IRequestHandler<ValidateRuleSet, Unit>
{
    public async Task<Unit> Handle(ValidateRuleSet request, CancellationToken cancellationToken)
    {
        user.RequireOperator();
        checks.RequireWellFormed(request.RuleSet);
        var outline = await editing.ProgramAsync(request.ProgramId, cancellationToken);
        checks.Require(request.RuleSet, outline);
        return Unit.Value;
    }
}
