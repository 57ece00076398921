using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>Texts whose format fixes their length say so: a UUID is 36 characters, an ISO 8601 date-time at most 35.</summary>
internal sealed class WellKnownFormatsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Type?.HasFlag(JsonSchemaType.String) != true)
        {
            return;
        }

        concrete.MaxLength ??= concrete.Format switch
        {
            "uuid" => 36,
            "date-time" => 35,
            "date" => 10,
            _ => null,
        };
    }
}
