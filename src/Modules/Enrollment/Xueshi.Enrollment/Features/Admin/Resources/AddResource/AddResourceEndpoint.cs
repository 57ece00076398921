using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Resources.AddResource;

internal sealed class AddResourceEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/courses/{id:guid}/resources", async ([Description("The course.")] Guid id,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                AddResource request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var course = await mediator.Send(request with { CourseId = id, IfMatch = ifMatch }, cancellationToken);
                return Revisions.Tagged(http, course, course.Revision);
            })
            .WithName("AddResource")
            .WithTags("CatalogAdmin")
            .WithSummary("Add a resource (video, text or course test) with its quiz")
            .WithDescription("Operators only; needs the course's If-Match. The video's duration is copied from its media file. " +
                "The media must exist (422 enrollment.media_not_found) and be a video (for a video) or a PDF (for a text resource). " +
                "Question and option ids are generated on the server. When a published program includes the course the resource " +
                "must be coherent (422 enrollment.program_incoherent: quiz beyond the video's end, a question without a correct answer...).")
            // Rich text up to RichText.MaxLength characters, escaped as JSON: more than the Host's default for JSON bodies.
            .WithRequestBodyLimit(RichText.MaxBodyBytes)
            .RequireAuthorization()
            .Produces<AdminCourseResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity,
                StatusCodes.Status428PreconditionRequired);
}
