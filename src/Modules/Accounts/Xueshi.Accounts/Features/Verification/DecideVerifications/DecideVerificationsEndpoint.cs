using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.Verification.DecideVerifications;

internal sealed class DecideVerificationsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/schools/{schoolId:guid}/verifications", async ([Description("The school whose teachers are decided on.")] Guid schoolId, DecideVerificationsBody body, IMediator mediator,
                CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new DecideVerifications(schoolId, body.AccountIds, body.Decision, body.Reason), cancellationToken)))
            .WithName("DecideVerifications")
            .WithTags("Verification")
            .WithSummary("Approve or reject teachers, in bulk (审核认证 / 批量审核)")
            .WithDescription("For the school's admin or a region admin above it; anyone else gets 404 accounts.school_not_found. " +
                "Answers per teacher: approved, rejected, notPending (already decided) or notFound (not a teacher of this school). " +
                "Each decision publishes TeacherVerificationApproved or TeacherVerificationRejected.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
