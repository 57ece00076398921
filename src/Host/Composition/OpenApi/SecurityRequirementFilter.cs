using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>
/// Says for every operation whether it needs a token, from the endpoint's own authorization
/// metadata: the bearer scheme, or <c>security: []</c> for an anonymous one.
/// </summary>
internal sealed class SecurityRequirementFilter : IOperationFilter
{
    public const string Scheme = "Bearer";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Security = [];
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [],
            });
        }
    }
}
