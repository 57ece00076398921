using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.SubmitPhoneRebindRequest;

internal sealed class SubmitPhoneRebindRequestEndpoint : IEndpoint
{
    /// <summary>The photo plus the text fields and multipart framing.</summary>
    private const long BodyLimit = PhoneRebindPhoto.MaxBytes + (64 * 1024);

    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/phone-rebinding-requests", async ([FromForm] PhoneRebindForm form, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var photo = await ReadPhotoAsync(form.Photo, cancellationToken);
                var accepted = await mediator.Send(
                    new SubmitPhoneRebindRequest(form.RealName, form.IdType, form.IdNumber, form.OldPhone, form.NewPhone,
                        form.NewPhoneCode, form.Photo?.Length, photo),
                    cancellationToken);
                return TypedResults.Accepted((string?)null, accepted);
            })
            .WithName("SubmitPhoneRebindRequest")
            .WithTags("Rebinding")
            .WithSummary("Ask support to rebind a phone number (申请人工换绑) when the old phone is gone")
            .WithDescription("multipart/form-data with the fields below and the ID photo (JPEG or PNG, judged by its content, at most " +
                "5 MB: 413 request.too_large above). First POST /api/v1/auth/sms-codes with the new phone and purpose rebindNewPhone. " +
                "The answer is 202 whatever the old number: whether it has an account and whether name and ID number match is for " +
                "the support agent, who calls the new number and decides.")
            // A file cannot travel urlencoded: declare multipart only, so generated clients send FormData.
            .Accepts<PhoneRebindForm>("multipart/form-data")
            .WithRequestBodyLimit(BodyLimit)
            // Anonymous and cookie-less (no ambient credentials to forge), so there is no CSRF to guard against.
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicies.SmsCodes)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests);

    private static async Task<byte[]?> ReadPhotoAsync(IFormFile? photo, CancellationToken cancellationToken)
    {
        if (photo is null || photo.Length == 0 || photo.Length > PhoneRebindPhoto.MaxBytes)
        {
            return null; // the validator and the handler name what is wrong
        }

        await using var stream = photo.OpenReadStream();
        using var buffer = new MemoryStream((int)photo.Length);
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
