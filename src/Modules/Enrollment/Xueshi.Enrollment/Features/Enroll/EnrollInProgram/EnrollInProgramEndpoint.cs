using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Enroll.EnrollInProgram;

internal sealed class EnrollInProgramEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/programs/{id:guid}/enrollment", async Task<Results<Created<EnrollmentResponse>, Ok<EnrollmentResponse>>> (
                [Description("The program (专题).")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(new EnrollInProgram(id), cancellationToken);
                return outcome.Created
                    ? TypedResults.Created($"/api/v1/programs/{id}/enrollment", outcome.Enrollment)
                    : TypedResults.Ok(outcome.Enrollment);
            })
            .WithName("EnrollInProgram")
            .WithTags("Enrollment")
            .WithSummary("Enroll in a program (立即报名)")
            .WithDescription("201 with the new enrollment; 200 with the same enrollment when already enrolled (also when the enrollment " +
                "that counts is in a program this one carries courses over from: no second enrollment). Refusals: 403 " +
                "enrollment.identity_not_admitted (学生/家长: switch identity to 教师 first), 422 enrollment.not_published, " +
                "enrollment.before_window, enrollment.after_window (the window is read in China Standard Time, 00:00 of the first day " +
                "to 24:00 of the last), 403 enrollment.school_system_not_admitted with the program's own message (extension message) " +
                "and where to go instead (redirectProgramId, redirectProgramTitle). An incomplete profile or a school of 其他 enrolls " +
                "and is told so in notices.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status422UnprocessableEntity);
}
