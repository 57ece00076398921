using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Courses.ListCourses;

internal sealed class ListCoursesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/courses", async (string? q, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListCourses(q, page, pageSize), cancellationToken)))
            .WithName("ListAdminCourses")
            .WithTags("CatalogAdmin")
            .WithSummary("List courses (课程库), to attach one to a program")
            .WithDescription("Operators only. Most recently changed first, paged (pageSize at most 100), filtered by title.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
