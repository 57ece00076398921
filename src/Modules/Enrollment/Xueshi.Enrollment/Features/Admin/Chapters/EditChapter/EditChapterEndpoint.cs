using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Chapters.EditChapter;

internal sealed class EditChapterEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/admin/courses/{id:guid}/chapters/{chapterId:guid}", async ([Description("The course.")] Guid id,
                [Description("The chapter.")] Guid chapterId,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                EditChapter request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var course = await mediator.Send(request with { CourseId = id, ChapterId = chapterId, IfMatch = ifMatch }, cancellationToken);
                return Revisions.Tagged(http, course, course.Revision);
            })
            .WithName("EditChapter")
            .WithTags("CatalogAdmin")
            .WithSummary("Rename or reorder a chapter")
            .WithDescription("Operators only; needs the course's If-Match.")
            .RequireAuthorization()
            .Produces<AdminCourseResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
