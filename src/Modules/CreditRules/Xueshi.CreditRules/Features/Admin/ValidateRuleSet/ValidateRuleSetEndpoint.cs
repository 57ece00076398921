using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;
using Xueshi.CreditRules.Domain;

namespace Xueshi.CreditRules.Features.Admin.ValidateRuleSet;

internal sealed class ValidateRuleSetEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/programs/{programId:guid}/credit-rules/validate", async (
                [Description("The program.")] Guid programId, RuleSet ruleSet, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new ValidateRuleSet(programId, ruleSet), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("ValidateCreditRuleSet")
            .WithTags(CreditRulesApiTags.CreditRulesAdmin)
            .WithSummary("Check a rule set without saving it")
            .WithDescription("Operators only. 204 when a save would accept it; otherwise the same 400 with field errors a save gives.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound);
}
