using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;
using Xueshi.CreditRules.Domain;

namespace Xueshi.CreditRules.Features.Admin.SaveDraft;

internal sealed class SaveDraftEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/admin/programs/{programId:guid}/credit-rules/draft", async (
                [Description("The program.")] Guid programId,
                [FromHeader(Name = RuleSetRevisions.IfMatchHeader), Description(RuleSetRevisions.IfMatchDescription)] string? ifMatch,
                RuleSet ruleSet, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var view = await mediator.Send(new SaveDraft(programId, ruleSet, ifMatch), cancellationToken);
                return RuleSetRevisions.Tagged(http, view, view.Revision);
            })
            .WithName("SaveCreditRuleSetDraft")
            .WithTags(CreditRulesApiTags.CreditRulesAdmin)
            .WithSummary("Validate and save the draft rule set")
            .WithDescription("Operators only; needs If-Match. A rule set that contradicts itself (a cap below a threshold, a total the " +
                "courses cannot reach, a role requirement with min > max, a course not in the program) is refused with field errors " +
                "(400 validation.failed). Saving never touches a published version: with no draft, the draft becomes the next version.")
            .RequireAuthorization()
            .Produces<RuleSetsView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
