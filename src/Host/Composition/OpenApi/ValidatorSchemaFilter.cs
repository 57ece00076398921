using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>Writes the limits of a type's validators into its schema: lengths, patterns, ranges, list sizes, required.</summary>
internal sealed class ValidatorSchemaFilter(ValidatorRules rules) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && rules.For(context.Type) is { Count: > 0 } limits)
        {
            Apply(concrete, limits);
        }
    }

    /// <summary>Also used for a body record whose limits are judged on the request it becomes.</summary>
    public static void Apply(OpenApiSchema schema, IReadOnlyDictionary<string, PropertyLimits> limits)
    {
        if (schema.Properties is null)
        {
            return;
        }

        foreach (var (name, property) in schema.Properties)
        {
            if (!limits.TryGetValue(name, out var limit))
            {
                continue;
            }

            if (property is OpenApiSchema concrete)
            {
                limit.ApplyTo(concrete);
            }

            if (limit.Required)
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(name);
            }
        }
    }
}
