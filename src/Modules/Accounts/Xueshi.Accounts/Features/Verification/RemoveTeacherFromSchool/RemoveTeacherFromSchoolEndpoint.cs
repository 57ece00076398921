using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.Verification.RemoveTeacherFromSchool;

internal sealed class RemoveTeacherFromSchoolEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/schools/{schoolId:guid}/teachers/{accountId:guid}", async ([Description("The school.")] Guid schoolId, [Description("The teacher's account to remove from it.")] Guid accountId, IMediator mediator,
                CancellationToken cancellationToken) =>
            {
                await mediator.Send(new RemoveTeacherFromSchool(schoolId, accountId), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("RemoveTeacherFromSchool")
            .WithTags("Verification")
            .WithSummary("Remove a teacher from the school (从学校移除)")
            .WithDescription("For the school's admin or a region admin above it; anyone else gets 404 accounts.school_not_found. " +
                "The teacher's verification ends and their name, ID document and school become editable again; removing an " +
                "approved teacher publishes TeacherVerificationRevoked (cause removedBySchool). " +
                "404 accounts.teacher_not_in_school when the teacher is not in this school.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
