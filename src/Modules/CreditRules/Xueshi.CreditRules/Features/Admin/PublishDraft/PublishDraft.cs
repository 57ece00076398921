using MediatR;

namespace Xueshi.CreditRules.Features.Admin.PublishDraft;

/// <summary>The draft becomes the version in force; the one before is superseded. From now on it never changes.</summary>
internal sealed record PublishDraft(Guid ProgramId, string? IfMatch) : IRequest<RuleSetsView>;
