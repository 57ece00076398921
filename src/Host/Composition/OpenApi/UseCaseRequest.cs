using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>
/// The request record an endpoint sends (one folder per use case: <c>SearchSchoolsEndpoint</c> sends
/// <c>SearchSchools</c>), so its validator and its XML docs describe the endpoint's parameters.
/// </summary>
internal static class UseCaseRequest
{
    public static Type? Of(ApiDescription api)
    {
        var bound = api.ParameterDescriptions.Select(p => p.ModelMetadata?.ContainerType).FirstOrDefault(t => t is not null);
        if (bound is not null)
        {
            return bound;
        }

        var endpoint = api.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault()?.DeclaringType;
        while (endpoint is not null && (endpoint.IsDefined(typeof(CompilerGeneratedAttribute)) || endpoint.Name.StartsWith('<')))
        {
            endpoint = endpoint.DeclaringType;
        }

        if (endpoint is null || !endpoint.Name.EndsWith("Endpoint", StringComparison.Ordinal))
        {
            return null;
        }

        var name = endpoint.Namespace + "." + endpoint.Name[..^"Endpoint".Length];
        return endpoint.Assembly.GetType(name);
    }
}
