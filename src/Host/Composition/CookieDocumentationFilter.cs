using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Host.Composition;

/// <summary>
/// Cookies are invisible to minimal-API parameter binding, so endpoints name the ones they read and
/// set (ReadsCookie, SetsCookie) and the document shows them: an <c>in: cookie</c> parameter and a
/// Set-Cookie header on the success answers.
/// </summary>
internal sealed class CookieDocumentationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        foreach (var read in metadata.OfType<ReadsCookieMetadata>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = read.Name,
                In = ParameterLocation.Cookie,
                Required = false,
                Description = read.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
            });
        }

        foreach (var set in metadata.OfType<SetsCookieMetadata>())
        {
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (!status.StartsWith('2') || response is not OpenApiResponse concrete)
                {
                    continue;
                }

                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers["Set-Cookie"] = new OpenApiHeader
                {
                    Description = $"{set.Name}: {set.Description}",
                    // The token (under 200 characters) plus its attributes.
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 400 },
                };
            }
        }
    }
}
