using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;
using Xueshi.Enrollment.Features.Media.GetMediaContent;

namespace Xueshi.Enrollment.Features.Media.GetSignedMediaContent;

internal sealed class GetSignedMediaContentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/media/{id:guid}/stream", async Task<IResult> ([Description("The media file.")] Guid id,
                [Description("The token of a link from POST /api/v1/media/{id}/access.")] string? token, HttpContext http, IMediator mediator,
                CancellationToken cancellationToken) => (await mediator.Send(new GetSignedMediaContent(id, token), cancellationToken)).ToResult(http))
            .WithName("GetSignedMediaContent")
            .WithTags(MediaApiTags.Media)
            .WithSummary("A media file's content through a signed link, for <video> and <img> (媒体播放)")
            .WithDescription("No Authorization header: the token from POST /api/v1/media/{id}/access stands for it. It must be for this " +
                "media file and unexpired (403 media.link_invalid otherwise: ask for a new link); the access rule is checked again, so a " +
                "reader who lost access gets 404. " + MediaContentDocumentation.Serving)
            .AllowAnonymous()
            .Produces<Stream>(StatusCodes.Status200OK, "video/webm", "video/mp4", "application/pdf", "image/png", "image/jpeg")
            .Produces<Stream>(StatusCodes.Status206PartialContent, "video/webm", "video/mp4", "application/pdf", "image/png", "image/jpeg")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status416RangeNotSatisfiable);
}
