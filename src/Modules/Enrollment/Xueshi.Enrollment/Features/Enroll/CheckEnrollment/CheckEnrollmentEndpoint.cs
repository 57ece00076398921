using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Enroll.CheckEnrollment;

internal sealed class CheckEnrollmentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programs/{id:guid}/enrollment-check", async ([Description("The program (专题).")] Guid id, HttpContext http,
                IMediator mediator, CancellationToken cancellationToken) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(await mediator.Send(new CheckEnrollment(id), cancellationToken));
            })
            .WithName("CheckEnrollment")
            .WithTags("Enrollment")
            .WithSummary("What the enrollment dialog shows (报名时请注意核实个人信息)")
            .WithDescription("The teacher's profile for checking (ID number masked), the required fields still empty (the standard " +
                "ones and the program's own, e.g. isPsychologyTeacher), whether 立即报名 would be refused and why (the same codes " +
                "and messages as POST /programs/{id}/enrollment, with the 学制 rule's redirect), and its notices. A draft answers 404.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
