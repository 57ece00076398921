using MediatR;
using Xueshi.CreditRules.Domain;

namespace Xueshi.CreditRules.Features.Admin.SaveDraft;

/// <summary>Validates and saves the program's draft rule set: a new version after the latest when there is no draft, else the draft replaced.</summary>
internal sealed record SaveDraft(Guid ProgramId, RuleSet RuleSet, string? IfMatch) : IRequest<RuleSetsView>;
