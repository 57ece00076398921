using MediatR;

namespace Xueshi.CreditRules.Features.Admin.GetRuleSets;

internal sealed record GetRuleSets(Guid ProgramId) : IRequest<RuleSetsView>;
