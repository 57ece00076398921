using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Resources.DeleteResource;

internal sealed class DeleteResourceEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/admin/courses/{id:guid}/resources/{resourceId:guid}", async ([Description("The course.")] Guid id,
                [Description("The resource.")] Guid resourceId,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var course = await mediator.Send(new DeleteResource(id, resourceId, ifMatch), cancellationToken);
                return Revisions.Tagged(http, course, course.Revision);
            })
            .WithName("DeleteResource")
            .WithTags("CatalogAdmin")
            .WithSummary("Delete a resource, or archive it when teachers can see it")
            .WithDescription("Operators only; needs the course's If-Match. In a course a published or closed program includes, the " +
                "resource is archived (archivedAt set, the row and teachers' progress kept); in a draft-only course it is deleted.")
            .RequireAuthorization()
            .Produces<AdminCourseResponse>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
