using System.Collections.Concurrent;
using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>
/// Reads the limits the FluentValidation validators of a type enforce, so the document shows the
/// very limits the API applies (the validator is their one source; no attribute repeats them).
/// </summary>
internal sealed class ValidatorRules(IServiceProvider services)
{
    private readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyLimits>> cache = new();

    public IReadOnlyDictionary<string, PropertyLimits> For(Type type) => cache.GetOrAdd(type, Read);

    private IReadOnlyDictionary<string, PropertyLimits> Read(Type type)
    {
        var limits = new Dictionary<string, PropertyLimits>(StringComparer.OrdinalIgnoreCase);
        if (type.IsPrimitive || type == typeof(string) || type.IsEnum)
        {
            return limits;
        }

        // Validators are scoped (they may take scoped services); the document is built outside a request.
        using var scope = services.CreateScope();
        var validators = scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(type)).OfType<IValidator>();
        foreach (var validator in validators)
        {
            foreach (var member in validator.CreateDescriptor().GetMembersWithValidators())
            {
                if (string.IsNullOrEmpty(member.Key))
                {
                    continue;
                }

                if (!limits.TryGetValue(member.Key, out var property))
                {
                    limits[member.Key] = property = new PropertyLimits();
                }

                foreach (var (propertyValidator, component) in member)
                {
                    property.Add(propertyValidator, component.HasCondition || component.HasAsyncCondition);
                }
            }
        }

        return limits;
    }
}

/// <summary>The limits of one property, in OpenAPI's terms.</summary>
internal sealed class PropertyLimits
{
    public int? MinLength { get; private set; }

    public int? MaxLength { get; private set; }

    public string? Pattern { get; private set; }

    public decimal? Minimum { get; private set; }

    public decimal? Maximum { get; private set; }

    public int? MinItems { get; private set; }

    public int? MaxItems { get; private set; }

    public string? Format { get; private set; }

    /// <summary>Refused when absent, whatever the rest of the request says.</summary>
    public bool Required { get; private set; }

    public void Add(IPropertyValidator validator, bool conditional)
    {
        switch (validator)
        {
            case IDocumentedText text:
                MinLength = Max(MinLength, conditional ? 0 : text.MinLength);
                MaxLength = Min(MaxLength, text.MaxLength);
                Pattern ??= text.Pattern;
                Required |= !conditional && text.MinLength > 0;
                break;
            case IDocumentedItemCount count:
                MinItems = Max(MinItems, conditional ? 0 : count.MinItems);
                MaxItems = Min(MaxItems, count.MaxItems);
                Required |= !conditional && count.MinItems > 0;
                break;
            case ILengthValidator length:
                MinLength = Max(MinLength, conditional ? 0 : length.Min);
                if (length.Max >= 0)
                {
                    MaxLength = Min(MaxLength, length.Max);
                }

                break;
            case IRegularExpressionValidator regex:
                Pattern ??= regex.Expression;
                break;
            case IEmailValidator:
                Format ??= "email";
                break;
            case INotEmptyValidator when !conditional:
                Required = true;
                MinLength = Max(MinLength, 1);
                MinItems = Max(MinItems, 1);
                break;
            case INotNullValidator when !conditional:
                Required = true;
                break;
            case IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to:
                var exclusive = validator.Name.StartsWith("Exclusive", StringComparison.Ordinal);
                Minimum = Max(Minimum, exclusive ? from + 1 : from);
                Maximum = Min(Maximum, exclusive ? to - 1 : to);
                break;
            case IComparisonValidator { MemberToCompare: null } comparison when Number(comparison.ValueToCompare) is { } value:
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThan: Minimum = Max(Minimum, value + 1); break;
                    case Comparison.GreaterThanOrEqual: Minimum = Max(Minimum, value); break;
                    case Comparison.LessThan: Maximum = Min(Maximum, value - 1); break;
                    case Comparison.LessThanOrEqual: Maximum = Min(Maximum, value); break;
                }

                break;
        }
    }

    /// <summary>Writes the limits into a schema, keeping what the schema already says.</summary>
    public void ApplyTo(OpenApiSchema schema)
    {
        var type = schema.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String))
        {
            schema.MinLength ??= MinLength is > 0 ? MinLength : null;
            schema.MaxLength ??= MaxLength;
            schema.Pattern ??= Pattern;
            schema.Format ??= Format;
        }

        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            schema.Minimum ??= Minimum?.ToString(CultureInfo.InvariantCulture);
            schema.Maximum ??= Maximum?.ToString(CultureInfo.InvariantCulture);
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            schema.MinItems ??= MinItems is > 0 ? MinItems : null;
            schema.MaxItems ??= MaxItems;
        }
    }

    private static decimal? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        decimal d => d,
        double d => (decimal)d,
        _ => null,
    };

    private static T? Max<T>(T? current, T value) where T : struct, IComparable<T> =>
        current is { } c && c.CompareTo(value) >= 0 ? c : value;

    private static T? Min<T>(T? current, T value) where T : struct, IComparable<T> =>
        current is { } c && c.CompareTo(value) <= 0 ? c : value;
}
