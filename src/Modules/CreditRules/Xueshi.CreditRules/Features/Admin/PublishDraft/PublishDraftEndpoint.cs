using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.CreditRules.Features.Admin.PublishDraft;

internal sealed class PublishDraftEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/programs/{programId:guid}/credit-rules/draft/publish", async (
                [Description("The program.")] Guid programId,
                [FromHeader(Name = RuleSetRevisions.IfMatchHeader), Description(RuleSetRevisions.IfMatchDescription)] string? ifMatch,
                IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var view = await mediator.Send(new PublishDraft(programId, ifMatch), cancellationToken);
                return RuleSetRevisions.Tagged(http, view, view.Revision);
            })
            .WithName("PublishCreditRuleSetDraft")
            .WithTags(CreditRulesApiTags.CreditRulesAdmin)
            .WithSummary("Publish the draft rule set")
            .WithDescription("Operators only; needs If-Match. The draft is validated again against the program as it is now (the catalog " +
                "may have changed since the save): 400 with field errors when it no longer fits, 409 credit.no_draft when there is none.")
            .RequireAuthorization()
            .Produces<RuleSetsView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status428PreconditionRequired);
}
