using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Xueshi.BuildingBlocks.Http;
using Xueshi.BuildingBlocks.Modules;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>Puts the module's example of a body type (<see cref="IRequestExamples"/>) on every media type of that request body.</summary>
internal sealed class RequestExampleFilter(IReadOnlyList<IModule> modules, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IOperationFilter
{
    private readonly Lazy<IReadOnlyDictionary<Type, object>> examples = new(() => modules
        .SelectMany(m => m.Assembly.GetTypes())
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IRequestExamples).IsAssignableFrom(t))
        .SelectMany(t => ((IRequestExamples)Activator.CreateInstance(t, nonPublic: true)!).Examples)
        .ToDictionary(e => e.GetType()));

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // A form is described field by field; its record is the type the endpoint declares it accepts.
        var body = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>().FirstOrDefault()?.RequestType
            ?? context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        if (body is null || operation.RequestBody?.Content is not { } content || !examples.Value.TryGetValue(body, out var example))
        {
            return;
        }

        // Absent fields are left out, as a client would, rather than sent as null.
        var options = new JsonSerializerOptions(json.Value.SerializerOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        var node = JsonSerializer.SerializeToNode(example, body, options);
        foreach (var media in content.Values.OfType<OpenApiMediaType>())
        {
            media.Example = node?.DeepClone();
        }
    }
}
