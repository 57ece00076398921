using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.CreditRules.Features.GetMyProgramCredit;

internal sealed class GetMyProgramCreditEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programs/{programId:guid}/credit", async (
                [Description("The program (专题).")] Guid programId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetMyProgramCredit(programId), cancellationToken)))
            .WithName("GetMyProgramCredit")
            .WithTags(CreditRulesApiTags.Credit)
            .WithSummary("My progress and credited hours in a program (学习进度与认定学时)")
            .WithDescription("One call for the progress page: per course 已学习 / 已认定 / 认定学时 with met or not, per resource its state " +
                "circle and whether it counts, and every reason something is not counted (为什么没有计入学时？). The teacher's own only. " +
                "404 credit.program_not_found for a program that is not there (or a draft), 403 credit.not_enrolled.")
            .RequireAuthorization()
            .WithCompressedResponse()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
