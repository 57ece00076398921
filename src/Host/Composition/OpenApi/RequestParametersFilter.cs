using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>
/// Describes and bounds an operation from its use case's request record: each query or path
/// parameter takes the record property's XML doc and its validator's limits; a body record that
/// is not the request itself takes the request's limits; a page's items are bounded by the
/// largest page size the validator allows.
/// </summary>
internal sealed class RequestParametersFilter(ValidatorRules rules) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        DescribeFromAttributes(operation, context);
        var request = UseCaseRequest.Of(context.ApiDescription);
        if (request is null)
        {
            return;
        }

        // Generated into a scratch repository: the record is not an API type and must not appear in components.
        var scratch = new SchemaRepository();
        OpenApiSchema? requestSchema;
        try
        {
            requestSchema = Resolve(context.SchemaGenerator.GenerateSchema(request, scratch), scratch);
        }
        catch (InvalidOperationException)
        {
            return; // a request carrying a stream or the like: nothing to describe from it
        }

        if (requestSchema?.Properties is null)
        {
            return;
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is null || !TryProperty(requestSchema, parameter.Name, out var property))
            {
                continue;
            }

            parameter.Description ??= property.Description;
            if (parameter.Schema is OpenApiSchema target)
            {
                CopyLimits(property, target);
            }
        }

        var body = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form);
        if (body is not null && body.Type != request
            && rules.For(body.Type).Count == 0
            && Resolve(context.SchemaGenerator.GenerateSchema(body.Type, context.SchemaRepository), context.SchemaRepository) is { } bodySchema)
        {
            ValidatorSchemaFilter.Apply(bodySchema, rules.For(request));
        }

        if (TryProperty(requestSchema, "pageSize", out var pageSize) && pageSize.Maximum is { } largestPage)
        {
            BoundPageItems(operation, context.SchemaRepository, int.Parse(largestPage, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A route value the request record names differently is described where it is bound: <c>[Description]</c> on the handler's parameter.</summary>
    private static void DescribeFromAttributes(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var bound = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter.Description is null && bound?.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: var info }
                && info.GetCustomAttribute<DescriptionAttribute>() is { } description)
            {
                parameter.Description = description.Description;
            }
        }
    }

    private static void BoundPageItems(OpenApiOperation operation, SchemaRepository repository, int largestPage)
    {
        foreach (var response in operation.Responses?.Where(r => r.Key.StartsWith('2')).Select(r => r.Value) ?? [])
        {
            foreach (var media in response.Content?.Values ?? [])
            {
                if (Resolve(media.Schema, repository) is { } page && TryProperty(page, "items", out var items) && items.Type?.HasFlag(JsonSchemaType.Array) == true)
                {
                    items.MaxItems = Math.Min(items.MaxItems ?? int.MaxValue, largestPage);
                }
            }
        }
    }

    private static void CopyLimits(OpenApiSchema from, OpenApiSchema to)
    {
        to.MinLength ??= from.MinLength;
        to.MaxLength ??= from.MaxLength;
        to.Pattern ??= from.Pattern;
        to.Minimum ??= from.Minimum;
        to.Maximum ??= from.Maximum;
        to.Format ??= from.Format;
        if (from.Enum is { Count: > 0 } && to.Enum is not { Count: > 0 })
        {
            to.Enum = from.Enum;
        }
    }

    private static bool TryProperty(OpenApiSchema schema, string name, out OpenApiSchema property)
    {
        property = null!;
        var match = schema.Properties?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        if (match is OpenApiSchema concrete)
        {
            property = concrete;
            return true;
        }

        return false;
    }

    private static OpenApiSchema? Resolve(IOpenApiSchema? schema, SchemaRepository repository) => schema switch
    {
        OpenApiSchemaReference { Reference.Id: { } id } when repository.Schemas.TryGetValue(id, out var target) => target as OpenApiSchema,
        OpenApiSchema concrete => concrete,
        _ => null,
    };
}
