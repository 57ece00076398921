using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.CreditRules.Features.Admin.DiscardDraft;

internal sealed class DiscardDraftEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/admin/programs/{programId:guid}/credit-rules/draft", async (
                [Description("The program.")] Guid programId,
                [FromHeader(Name = RuleSetRevisions.IfMatchHeader), Description(RuleSetRevisions.IfMatchDescription)] string? ifMatch,
                IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var view = await mediator.Send(new DiscardDraft(programId, ifMatch), cancellationToken);
                return RuleSetRevisions.Tagged(http, view, view.Revision);
            })
            .WithName("DiscardCreditRuleSetDraft")
            .WithTags(CreditRulesApiTags.CreditRulesAdmin)
            .WithSummary("Discard the draft rule set")
            .WithDescription("Operators only; needs If-Match. Published versions stay as they are. 409 credit.no_draft when there is none.")
            .RequireAuthorization()
            .Produces<RuleSetsView>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
