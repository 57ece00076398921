using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Http;
using Xueshi.Enrollment.Features.Media.UploadMedia;

namespace Xueshi.Enrollment.Features.Media;

/// <summary>The upload form for the OpenAPI document: the file shown by its name, as an example cannot carry its bytes.</summary>
internal sealed class MediaRequestExamples : IRequestExamples
{
    public IEnumerable<object> Examples => [new MediaUploadForm { File = new FormFile(Stream.Null, 0, 0, "file", "第一课-师德师风.webm") }];
}
