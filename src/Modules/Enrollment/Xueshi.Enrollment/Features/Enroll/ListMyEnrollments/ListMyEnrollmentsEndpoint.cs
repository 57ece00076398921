using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Enroll.ListMyEnrollments;

internal sealed class ListMyEnrollmentsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/enrollments", async (HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(await mediator.Send(new ListMyEnrollments(), cancellationToken));
            })
            .WithName("ListMyEnrollments")
            .WithTags("Enrollment")
            .WithSummary("My programs (我的培训): each with its window and status")
            .WithDescription("The programs the signed-in account is enrolled in, and those that count such an enrollment through " +
                "courses carried over (enrolledThroughProgramId), newest window first; at most 200.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized);
}
