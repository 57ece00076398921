using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Media.GetMedia;

internal sealed class GetMediaEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/media/{id:guid}", async ([Description("The media file.")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetMedia(id), cancellationToken)))
            .WithName("GetMedia")
            .WithTags(MediaApiTags.Media)
            .WithSummary("A media file's metadata (媒体信息)")
            .WithDescription("Operators only: kind, detected type, size, the duration ffprobe measured, frame size and SHA-256.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
