using MediatR;

namespace Xueshi.CreditRules.Features.Admin.DiscardDraft;

internal sealed record DiscardDraft(Guid ProgramId, string? IfMatch) : IRequest<RuleSetsView>;
