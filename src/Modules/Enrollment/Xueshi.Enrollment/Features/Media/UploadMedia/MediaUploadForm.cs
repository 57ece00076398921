using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Xueshi.Enrollment.Features.Media.UploadMedia;

/// <summary>The multipart/form-data body of an upload, as the OpenAPI document shows it (the endpoint streams it itself).</summary>
internal sealed class MediaUploadForm
{
    /// <summary>The one file. Its type is judged from its content, never from its name or declared type.</summary>
    [JsonConverter(typeof(FileNameOnly))]
    public IFormFile? File { get; set; }

    /// <summary>An example cannot carry a file's bytes; the document's example shows the file by its name.</summary>
    private sealed class FileNameOnly : JsonConverter<IFormFile>
    {
        public override IFormFile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("The upload form is read as multipart/form-data, never as JSON.");

        public override void Write(Utf8JsonWriter writer, IFormFile value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.FileName);
    }
}
