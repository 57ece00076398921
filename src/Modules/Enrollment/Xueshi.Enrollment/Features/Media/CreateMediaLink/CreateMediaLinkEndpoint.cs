using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Media.CreateMediaLink;

internal sealed class CreateMediaLinkEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/media/{id:guid}/access", async ([Description("The media file.")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new CreateMediaLink(id), cancellationToken)))
            .WithName("CreateMediaLink")
            .WithTags(MediaApiTags.Media)
            .WithSummary("A signed, short-lived link to a media file's content (播放链接)")
            .WithDescription("A <video> or <img> element cannot send a bearer token, so the player asks here for a URL to put in src. " +
                "The link's token is sealed with the platform's Data Protection keys and names the media file, the account and the " +
                "expiry (6 hours by default, Xueshi:Media:LinkLifetime); it works for this file only, and the access rule of " +
                "GET /api/v1/media/{id}/content is checked here and again on every use. 404 when the caller may not read the file.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status404NotFound);
}
