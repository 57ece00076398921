using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.CreditRules.Features.Admin.GetRuleSets;

internal sealed class GetRuleSetsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/programs/{programId:guid}/credit-rules", async (
                [Description("The program.")] Guid programId, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var view = await mediator.Send(new GetRuleSets(programId), cancellationToken);
                return RuleSetRevisions.Tagged(http, view, view.Revision);
            })
            .WithName("GetCreditRuleSets")
            .WithTags(CreditRulesApiTags.CreditRulesAdmin)
            .WithSummary("A program's credit rules: published, draft, history and its courses")
            .WithDescription("Operators only. The ETag is the rule sets' revision: send it back as If-Match to save, publish or discard.")
            .RequireAuthorization()
            .Produces<RuleSetsView>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
