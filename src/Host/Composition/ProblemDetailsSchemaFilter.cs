using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Modules;

namespace Xueshi.Host.Composition;

/// <summary>Documents the extensions every error of ours carries, so clients can rely on them.</summary>
internal sealed class ProblemDetailsSchemaFilter(IReadOnlyList<IModule> modules) : ISchemaFilter
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
        // Then what each error adds, declared by the module that writes it: present only with the codes its description names.
        var declared = CommonProblemExtensions.All.Concat(modules.SelectMany(m => m.ProblemExtensions));
        foreach (var extension in declared.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var generated = context.SchemaGenerator.GenerateSchema(extension.Type, context.SchemaRepository);
            concrete.Properties[extension.Name] = generated is OpenApiSchema inline
                ? WithDescription(inline, extension.Description)
                // A $ref (a record such as ConditionView) cannot carry its own description: wrap it.
                : new OpenApiSchema { AllOf = [generated], Description = extension.Description };
        }

        // The RFC 9457 members and our extensions above; nothing else is ever added.
        concrete.MaxProperties = concrete.Properties.Count;
        concrete.Required ??= new HashSet<string>();
        concrete.Required.Add("code");
    }

    private static OpenApiSchema WithDescription(OpenApiSchema schema, string description)
    {
        schema.Description = description;
        return schema;
    }
}
