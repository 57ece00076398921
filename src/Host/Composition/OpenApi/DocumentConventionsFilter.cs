using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Xueshi.BuildingBlocks.Modules;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>
/// What the whole document says once: the server, each module's tag descriptions, and bounds on
/// what the API answers. Requests are bounded by their validators (a request field left unbounded
/// shows up in the lint); answers are bounded by what the API can produce, below.
/// </summary>
internal sealed class DocumentConventionsFilter(IReadOnlyList<IModule> modules) : IDocumentFilter
{
    /// <summary>The longest text we answer is an access token (about 1 KB); names and reasons are far shorter.</summary>
    public const int MaxResponseText = 4096;

    /// <summary>No list answer is longer: pages are bounded by their page size, the longest lists (role grants) stop at 500.</summary>
    public const int MaxResponseItems = 500;

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Servers =
        [
            new OpenApiServer
            {
                // Relative and empty: the host that serves the document. Not "/": the generated TypeScript
                // client would prefix every path with it and call "//api/v1/...".
                Url = "",
                Description = "The host that serves this document, in every environment (local, staging, production): the API and the SPA are served together.",
                // A public API: the SPA, mobile apps and integrators all call it.
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            },
        ];
        var descriptions = modules.SelectMany(m => m.ApiTags).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(
            (document.Tags ?? new HashSet<OpenApiTag>()).Select(t => t.Name).Concat(UsedTags(document)).Distinct().Order(StringComparer.Ordinal)
                .Select(name => new OpenApiTag { Name = name, Description = descriptions.GetValueOrDefault(name!) }));

        var schemas = document.Components?.Schemas ?? context.SchemaRepository.Schemas;
        var requestSchemas = RequestSchemaIds(document, schemas);
        foreach (var (id, schema) in schemas)
        {
            if (!requestSchemas.Contains(id))
            {
                BoundAnswer(schema, schemas, []);
            }
        }

        foreach (var response in Operations(document).SelectMany(o => o.Responses?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in response.Content?.Values ?? [])
            {
                BoundAnswer(media.Schema, schemas, []);
            }
        }

        RemoveUnused(document, schemas);
    }

    private static IEnumerable<OpenApiOperation> Operations(OpenApiDocument document) =>
        document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []);

    private static IEnumerable<string?> UsedTags(OpenApiDocument document) =>
        Operations(document).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name);

    /// <summary>Answers get bounds from what the API produces; a schema reached from a request is left to its validator.</summary>
    private static void BoundAnswer(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<IOpenApiSchema> seen)
    {
        if (schema is not OpenApiSchema concrete || !seen.Add(concrete))
        {
            return;
        }

        var type = concrete.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && concrete.MaxLength is null && concrete.Enum is not { Count: > 0 })
        {
            // A file (a certificate's PDF, an export) is as long as it is; the bound only says it is bounded.
            concrete.MaxLength = concrete.Format == "binary" ? int.MaxValue : MaxResponseText;
        }

        if (type.HasFlag(JsonSchemaType.Integer))
        {
            var wide = concrete.Format == "int64";
            concrete.Minimum ??= wide ? long.MinValue.ToString() : int.MinValue.ToString();
            concrete.Maximum ??= wide ? long.MaxValue.ToString() : int.MaxValue.ToString();
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            concrete.MaxItems ??= MaxResponseItems;
        }

        BoundAnswer(concrete.Items, schemas, seen);
        foreach (var property in concrete.Properties?.Values ?? [])
        {
            BoundAnswer(property, schemas, seen);
        }

        if (concrete.AdditionalProperties is { } additional)
        {
            BoundAnswer(additional, schemas, seen);
        }
    }

    /// <summary>Component schemas a request body or parameter reaches, directly or through other schemas.</summary>
    private static HashSet<string> RequestSchemaIds(OpenApiDocument document, IDictionary<string, IOpenApiSchema> schemas)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var operations = Operations(document).ToList();
        var roots = operations.SelectMany(o => o.RequestBody?.Content?.Values.Select(m => m.Schema) ?? [])
            .Concat(operations.SelectMany(o => o.Parameters?.Select(p => p.Schema) ?? []));
        foreach (var root in roots)
        {
            Collect(root, schemas, found, []);
        }

        return found;
    }

    private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> found, HashSet<IOpenApiSchema> seen)
    {
        if (schema is null || !seen.Add(schema))
        {
            return;
        }

        if (schema is OpenApiSchemaReference { Reference.Id: { } id })
        {
            if (found.Add(id) && schemas.TryGetValue(id, out var target))
            {
                Collect(target, schemas, found, seen);
            }

            return;
        }

        Collect(schema.Items, schemas, found, seen);
        Collect(schema.AdditionalProperties, schemas, found, seen);
        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []))
        {
            Collect(child, schemas, found, seen);
        }
    }

    /// <summary>A schema only a multipart form used (now inlined there) would sit unused in components.</summary>
    private static void RemoveUnused(OpenApiDocument document, IDictionary<string, IOpenApiSchema> schemas)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var operations = Operations(document).ToList();
        var roots = operations.SelectMany(o => o.RequestBody?.Content?.Values.Select(m => m.Schema) ?? [])
            .Concat(operations.SelectMany(o => o.Parameters?.Select(p => p.Schema) ?? []))
            .Concat(operations.SelectMany(o => o.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values.Select(m => m.Schema) ?? []));
        foreach (var root in roots)
        {
            Collect(root, schemas, used, []);
        }

        foreach (var id in schemas.Keys.Where(id => !used.Contains(id)).ToList())
        {
            schemas.Remove(id);
        }
    }
}
