using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.GetPhoneRebindPhoto;

internal sealed class GetPhoneRebindPhotoEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/phone-rebinding-requests/{id:guid}/photo", async Task<IResult> ([Description("The rebinding request whose photo to show.")] Guid id, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var photo = await mediator.Send(new GetPhoneRebindPhoto(id), cancellationToken);
                // Personal data: never kept by a shared cache or the browser's disk cache.
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.File(photo.Content, photo.ContentType);
            })
            .WithName("GetPhoneRebindPhoto")
            .WithTags("Rebinding")
            .WithSummary("The ID photo of a rebinding request (手持证件照片)")
            .WithDescription("Support agents only. image/jpeg or image/png, as detected from the uploaded bytes.")
            .RequireAuthorization()
            // IResult plus a declared Stream: the document then says binary, and generated clients return a file (blob).
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png")
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
