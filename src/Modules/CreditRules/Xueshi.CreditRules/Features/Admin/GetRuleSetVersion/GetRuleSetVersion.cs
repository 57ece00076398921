using MediatR;

namespace Xueshi.CreditRules.Features.Admin.GetRuleSetVersion;

internal sealed record GetRuleSetVersion(Guid ProgramId, int Version) : IRequest<RuleSetVersionView>;
