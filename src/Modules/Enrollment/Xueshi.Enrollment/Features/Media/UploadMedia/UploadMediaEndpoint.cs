using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Http;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Media;
using Xueshi.Enrollment.Media.Access;
using Xueshi.Enrollment.Media.Intake;

namespace Xueshi.Enrollment.Features.Media.UploadMedia;

internal sealed class UploadMediaEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api)
    {
        var options = api.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value;
        Map(api, "/media/videos", MediaKind.Video, options.MaxVideoBytes, "UploadVideo", "Upload a lesson video (上传视频)",
            "An MP4 with an H.264 video stream, or a WebM with VP8, VP9 or AV1. ffprobe reads its duration from the file; that duration, " +
            "never one a client states, is what completion is judged against.");
        Map(api, "/media/documents", MediaKind.Pdf, options.MaxDocumentBytes, "UploadDocument", "Upload a PDF for a text resource (上传文档)",
            "A PDF (it must begin with %PDF- and end with %%EOF).");
        Map(api, "/media/images", MediaKind.Image, options.MaxImageBytes, "UploadImage", "Upload a program's cover image (上传封面)",
            "A PNG or JPEG; its width and height are measured.");
    }

    private static void Map(IEndpointRouteBuilder api, string route, MediaKind kind, long maxBytes, string name, string summary, string what) =>
        api.MapPost(route, async (HttpContext http, ICurrentUser user, MediaIntake intake, IMediator mediator, CancellationToken cancellationToken) =>
            {
                // Refuse before reading the body: a teacher must not get to push 2 GB at the server.
                if (!user.IsInRole(MediaRoles.Operator))
                {
                    throw CommonErrors.Forbidden.ToException();
                }

                var (file, fileName) = await MultipartFile.StageAsync(http.Request, intake, maxBytes, cancellationToken);
                await using (file)
                {
                    var media = await mediator.Send(new UploadMedia(kind, file, fileName), cancellationToken);
                    return TypedResults.Created($"/api/v1/media/{media.Id}", media);
                }
            })
            .WithName(name)
            .WithTags(MediaApiTags.Media)
            .WithSummary(summary)
            .WithDescription($"Operators only. multipart/form-data with one file in the field \"file\", at most {maxBytes} bytes. {what} " +
                "The type is judged from the content (magic bytes, container structure, ffprobe), never from the name: a wrong type is " +
                "415 media.unsupported_type, a damaged or truncated file 422 media.unreadable, a file too large 413 media.too_large " +
                "(413 request.too_large when the declared body is far beyond the limit). A refused file leaves nothing stored.")
            // A file cannot travel urlencoded: declare multipart only, so generated clients send FormData.
            .Accepts<MediaUploadForm>("multipart/form-data")
            .WithRequestBodyLimit(maxBytes + MultipartFile.FramingAllowance)
            .RequireAuthorization()
            .Produces<MediaResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
}
