using MediatR;
using Xueshi.CreditRules.Domain;

namespace Xueshi.CreditRules.Features.Admin.ValidateRuleSet;

/// <summary>Checks a rule set against the program as a save would, storing nothing.</summary>
internal sealed record ValidateRuleSet(Guid ProgramId, RuleSet RuleSet) : IRequest<Unit>;
