using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Xueshi.Host.Composition;

/// <summary>
/// Writes multipart/form-data request bodies inline instead of as a $ref: NSwag only declares its
/// FileParameter type for file fields it sees inline, and the generated client must compile.
/// </summary>
internal sealed class InlineMultipartSchemaFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is not { } content
            || !content.TryGetValue("multipart/form-data", out var media)
            || media is not OpenApiMediaType form
            || form.Schema is not OpenApiSchemaReference reference
            || reference.Reference.Id is not { } id
            || !context.SchemaRepository.Schemas.TryGetValue(id, out var schema))
        {
            return;
        }

        form.Schema = schema;
    }
}
