using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Xueshi.Host.Composition;

/// <summary>Documents the extensions every error of ours carries, so clients can rely on them.</summary>
internal sealed class ProblemDetailsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(ProblemDetails) || schema is not OpenApiSchema concrete)
        {
            return;
        }

        concrete.Properties ??= new Dictionary<string, IOpenApiSchema>();
        concrete.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Stable machine-readable error code, e.g. validation_failed, accounts.phone_taken, auth.invalid_credentials.",
        };
        concrete.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null };
        concrete.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object | JsonSchemaType.Null,
            Description = "Validation failures (code validation_failed): field name → messages.",
            // One entry per field of a request at most; no request of ours has that many fields.
            MaxProperties = 100,
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        };
        concrete.Properties["retryAfterSeconds"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer | JsonSchemaType.Null,
            Format = "int32",
            Description = "With 429 or 503: seconds to wait before trying again (also in the Retry-After header).",
        };
        // The RFC 9457 members and our extensions above; nothing else is ever added.
        concrete.MaxProperties = 20;
        concrete.Required ??= new HashSet<string>();
        concrete.Required.Add("code");
    }
}
