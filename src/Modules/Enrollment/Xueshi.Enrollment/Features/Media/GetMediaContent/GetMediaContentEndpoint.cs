using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Media.GetMediaContent;

internal sealed class GetMediaContentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/media/{id:guid}/content", async Task<IResult> ([Description("The media file.")] Guid id, HttpContext http, IMediator mediator,
                CancellationToken cancellationToken) => (await mediator.Send(new GetMediaContent(id), cancellationToken)).ToResult(http))
            .WithName("GetMediaContent")
            .WithTags(MediaApiTags.Media)
            .WithSummary("A media file's content, with a bearer token (媒体内容)")
            .WithDescription("For callers that can send an Authorization header (fetch, a PDF viewer fed by the SPA). Operators read every " +
                "file; a teacher reads the video or PDF of a resource in a published or closed program they are enrolled in, and the cover " +
                "of a published program. Anyone else gets 404, as for an unknown id. A <video> element cannot send the header: it uses " +
                "POST /api/v1/media/{id}/access for a signed link. " + MediaContentDocumentation.Serving)
            .RequireAuthorization()
            // IResult plus a declared Stream: the document then says binary, and generated clients return a file (blob).
            .Produces<Stream>(StatusCodes.Status200OK, "video/webm", "video/mp4", "application/pdf", "image/png", "image/jpeg")
            .Produces<Stream>(StatusCodes.Status206PartialContent, "video/webm", "video/mp4", "application/pdf", "image/png", "image/jpeg")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status416RangeNotSatisfiable);
}
