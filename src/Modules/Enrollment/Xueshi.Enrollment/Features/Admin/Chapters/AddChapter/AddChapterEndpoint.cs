using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Chapters.AddChapter;

internal sealed class AddChapterEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/courses/{id:guid}/chapters", async ([Description("The course.")] Guid id,
                [FromHeader(Name = Revisions.IfMatchHeader), Description(Revisions.IfMatchDescription)] string? ifMatch,
                AddChapter request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var course = await mediator.Send(request with { CourseId = id, IfMatch = ifMatch }, cancellationToken);
                return Revisions.Tagged(http, course, course.Revision);
            })
            .WithName("AddChapter")
            .WithTags("CatalogAdmin")
            .WithSummary("Add a chapter (章) to a course")
            .WithDescription("Operators only; needs the course's If-Match. Answers the whole course with its new ETag.")
            .RequireAuthorization()
            .Produces<AdminCourseResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
}
