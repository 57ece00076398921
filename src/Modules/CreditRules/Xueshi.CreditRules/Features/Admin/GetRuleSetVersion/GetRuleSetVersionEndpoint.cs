using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.CreditRules.Features.Admin.GetRuleSetVersion;

internal sealed class GetRuleSetVersionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/programs/{programId:guid}/credit-rules/versions/{version:int}", async (
                [Description("The program.")] Guid programId, [Description("The version (1, 2, …).")] int version,
                IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetRuleSetVersion(programId, version), cancellationToken)))
            .WithName("GetCreditRuleSetVersion")
            .WithTags(CreditRulesApiTags.CreditRulesAdmin)
            .WithSummary("One version of a program's credit rules")
            .WithDescription("Operators only; any version, so a statement's version can be read back. 404 credit.version_not_found.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
