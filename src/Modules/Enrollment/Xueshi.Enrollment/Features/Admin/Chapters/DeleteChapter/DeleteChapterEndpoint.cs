using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Chapters.DeleteChapter;

internal sealed class DeleteChapterEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/admin/courses/{id:guid}/chapters/{chapterId:guid}", async ([Description("The course.")] Guid id,
                [Description("The chapter.")] Guid chapterId,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var course = await mediator.Send(new DeleteChapter(id, chapterId, ifMatch), cancellationToken);
                return Revisions.Tagged(http, course, course.Revision);
            })
            .WithName("DeleteChapter")
            .WithTags("CatalogAdmin")
            .WithSummary("Delete an empty chapter")
            .WithDescription("Operators only; needs the course's If-Match. A chapter that still has resources, archived ones included, " +
                "is refused (409 enrollment.chapter_not_empty).")
            .RequireAuthorization()
            .Produces<AdminCourseResponse>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
