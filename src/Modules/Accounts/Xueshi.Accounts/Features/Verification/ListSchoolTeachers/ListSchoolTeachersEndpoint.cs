using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.Verification.ListSchoolTeachers;

internal sealed class ListSchoolTeachersEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/schools/{schoolId:guid}/teachers", async ([AsParameters] ListSchoolTeachers request, IMediator mediator,
                CancellationToken cancellationToken) => TypedResults.Ok(await mediator.Send(request, cancellationToken)))
            .WithName("ListSchoolTeachers")
            .WithTags("Verification")
            .WithSummary("The school's teachers and their verification (教师审核)")
            .WithDescription("For the school's admin or a region admin above it; anyone else gets 404 accounts.school_not_found. " +
                "The school's own admins see full names and ID numbers masked to their first 6 and last 4 characters; region admins see " +
                "names and ID numbers masked (张*, 37**************23). Phones are masked for everyone. Oldest submission first.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
