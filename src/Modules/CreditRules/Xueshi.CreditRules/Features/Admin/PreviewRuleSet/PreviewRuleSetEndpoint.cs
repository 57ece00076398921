using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.CreditRules.Features.Admin.PreviewRuleSet;

internal sealed class PreviewRuleSetEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/programs/{programId:guid}/credit-rules/preview", async (
                [Description("The program.")] Guid programId, PreviewRuleSet request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { ProgramId = programId }, cancellationToken)))
            .WithName("PreviewCreditRuleSet")
            .WithTags(CreditRulesApiTags.CreditRulesAdmin)
            .WithSummary("Preview a rule set against a teacher's real progress")
            .WithDescription("Operators only. The statement the teacher would see under these rules, stored nowhere. The read of the " +
                "teacher's progress is recorded in the audit trail. 404 credit.teacher_not_found when the phone or id names no teacher.")
            .RequireAuthorization()
            .WithCompressedResponse()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound);
}
