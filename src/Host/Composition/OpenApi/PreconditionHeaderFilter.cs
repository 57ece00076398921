using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>
/// If-Match (optimistic concurrency on the operator console) is bound as a header string; the
/// document bounds it like every string (an ETag is a short quoted revision) and says it is needed,
/// so generated clients send it. The handlers answer 428 when it is absent.
/// </summary>
internal sealed class PreconditionHeaderFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, "If-Match", StringComparison.OrdinalIgnoreCase)
                && parameter.Schema is OpenApiSchema schema)
            {
                schema.MaxLength ??= 100;
            }
        }
    }
}
