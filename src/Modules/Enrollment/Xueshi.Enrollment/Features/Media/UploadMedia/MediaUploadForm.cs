using Microsoft.AspNetCore.Http;

namespace Xueshi.Enrollment.Features.Media.UploadMedia;

/// <summary>The multipart/form-data body of an upload, as the OpenAPI document shows it (the endpoint streams it itself).</summary>
internal sealed class MediaUploadForm
{
    /// <summary>The one file. Its type is judged from its content, never from its name or declared type.</summary>
    public IFormFile? File { get; set; }
}
