using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.Enrollment.Media;
using Xueshi.Enrollment.Media.Intake;

namespace Xueshi.Enrollment.Features.Media.UploadMedia;

/// <summary>
/// Reads the one file of a multipart/form-data body straight to the staging directory, section by
/// section, instead of letting the form binder buffer it (its default limit is 128 MB and it would
/// read everything before anyone looked at the size).
/// </summary>
internal static class MultipartFile
{
    /// <summary>Room for the multipart boundaries and part headers around the file.</summary>
    public const long FramingAllowance = 64 * 1024;

    public const string FieldName = "file";

    public static async Task<(StagedUpload File, string? FileName)> StageAsync(HttpRequest request, MediaIntake intake, long maxBytes,
        CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw MediaErrors.MultipartRequired.ToException();
        }

        // The declared length already tells: refuse before reading a byte.
        if (request.ContentLength > maxBytes + FramingAllowance)
        {
            throw MediaErrors.TooLarge.ToException(new Dictionary<string, object?> { ["field"] = FieldName, ["maxBytes"] = maxBytes });
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 8, HeadersLengthLimit = 8 * 1024 };
        StagedUpload? staged = null;
        string? fileName = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition()
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FieldName, StringComparison.Ordinal))
                {
                    continue; // other fields are not read; the next section skips them
                }

                if (staged is not null)
                {
                    throw MediaErrors.OneFileExpected.ToException();
                }

                staged = await intake.StageAsync(section.Body, maxBytes, cancellationToken);
                fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            await DiscardAsync(staged);
            throw CommonErrors.MalformedRequest.ToException(); // a body that is not well-formed multipart
        }
        catch
        {
            await DiscardAsync(staged);
            throw;
        }

        return staged is null ? throw MediaErrors.OneFileExpected.ToException() : (staged, fileName);
    }

    private static async Task DiscardAsync(StagedUpload? staged)
    {
        if (staged is not null)
        {
            await staged.DisposeAsync();
        }
    }
}
