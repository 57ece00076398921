using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Validators;

namespace Xueshi.BuildingBlocks.Validation;

/// <summary>
/// Rules whose limits the OpenAPI document can read back (the Host's schema filter knows these
/// interfaces and FluentValidation's own length, pattern and range validators), so a limit is
/// written once, in the validator, and the document cannot drift from what the API enforces.
/// </summary>
public static class DocumentedRules
{
    /// <summary>
    /// Text of <paramref name="min"/> to <paramref name="max"/> characters, measured after trimming
    /// when <paramref name="trim"/> (the handlers store it trimmed), optionally matching a pattern.
    /// A null value counts as empty.
    /// </summary>
    public static IRuleBuilderOptions<T, TText> Text<T, TText>(this IRuleBuilder<T, TText> rule, int min, int max, Regex? pattern = null, bool trim = true) =>
        rule.SetValidator(new TextValidator<T, TText>(min, max, pattern, trim));

    /// <summary>A list of <paramref name="min"/> to <paramref name="max"/> items; a null list counts as empty.</summary>
    public static IRuleBuilderOptions<T, TList> ItemCount<T, TList>(this IRuleBuilder<T, TList> rule, int min, int max)
        where TList : System.Collections.IEnumerable? =>
        rule.SetValidator(new ItemCountValidator<T, TList>(min, max));
}

/// <summary>A text limit the OpenAPI document shows as minLength, maxLength and pattern.</summary>
public interface IDocumentedText
{
    int MinLength { get; }

    int MaxLength { get; }

    string? Pattern { get; }
}

/// <summary>A list limit the OpenAPI document shows as minItems and maxItems.</summary>
public interface IDocumentedItemCount
{
    int MinItems { get; }

    int MaxItems { get; }
}

internal sealed class TextValidator<T, TText>(int min, int max, Regex? pattern, bool trim) : PropertyValidator<T, TText>, IDocumentedText
{
    public override string Name => "TextValidator";

    public int MinLength => min;

    public int MaxLength => max;

    public string? Pattern => pattern?.ToString();

    public override bool IsValid(ValidationContext<T> context, TText value)
    {
        var raw = value as string ?? "";
        var text = trim ? raw.Trim() : raw;
        return text.Length >= min && text.Length <= max && (pattern is null || text.Length == 0 && min == 0 || pattern.IsMatch(text));
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        "'{PropertyName}' needs " + min + " to " + max + " characters.";
}

internal sealed class ItemCountValidator<T, TList>(int min, int max) : PropertyValidator<T, TList>, IDocumentedItemCount
    where TList : System.Collections.IEnumerable?
{
    public override string Name => "ItemCountValidator";

    public int MinItems => min;

    public int MaxItems => max;

    public override bool IsValid(ValidationContext<T> context, TList value)
    {
        var count = value?.Cast<object>().Count() ?? 0;
        return count >= min && count <= max;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        "'{PropertyName}' needs " + min + " to " + max + " items.";
}
