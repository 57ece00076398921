using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Resources.EditResource;

internal sealed class EditResourceEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/admin/courses/{id:guid}/resources/{resourceId:guid}", async ([Description("The course.")] Guid id,
                [Description("The resource.")] Guid resourceId,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                EditResource request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var course = await mediator.Send(request with { CourseId = id, ResourceId = resourceId, IfMatch = ifMatch }, cancellationToken);
                return Revisions.Tagged(http, course, course.Revision);
            })
            .WithName("EditResource")
            .WithTags("CatalogAdmin")
            .WithSummary("Edit a resource and its quiz (fix a text, replace a video, move it)")
            .WithDescription("Operators only; needs the course's If-Match. Question and option ids sent back are kept; others are " +
                "generated. A resource teachers can see keeps its kind (409 enrollment.resource_kind_fixed); an archived one cannot " +
                "change (409 enrollment.resource_archived). In a course a published program includes, the result must be coherent " +
                "(422 enrollment.program_incoherent). Recorded in the audit trail of the programs teachers see.")
            // Rich text up to RichText.MaxLength characters, escaped as JSON: more than the Host's default for JSON bodies.
            .WithRequestBodyLimit(RichText.MaxBodyBytes)
            .RequireAuthorization()
            .Produces<AdminCourseResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired);
}
