using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Enroll.GetMyEnrollment;

internal sealed class GetMyEnrollmentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programs/{id:guid}/enrollment", async ([Description("The program (专题).")] Guid id, HttpContext http,
                IMediator mediator, CancellationToken cancellationToken) =>
            {
                // The reader's own state, apart from the shared program page: never cached.
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(await mediator.Send(new GetMyEnrollment(id), cancellationToken));
            })
            .WithName("GetMyEnrollment")
            .WithTags("Enrollment")
            .WithSummary("My enrollment in a program: enrolled or not, and through which program")
            .WithDescription("Enrolled in the program itself, or through an earlier program it carries courses over from " +
                "(enrolledThroughProgramId). A draft answers 404 enrollment.program_not_found.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
