namespace Xueshi.BuildingBlocks.Errors;

/// <summary>
/// A member an error of ours may add to its ProblemDetails beyond RFC 9457 and the four every module shares
/// (code, traceId, errors, retryAfterSeconds). Each is declared by the module that writes it, so the OpenAPI
/// document, and the clients generated from it, type it; in Development an undeclared one is refused.
/// </summary>
/// <param name="Name">The JSON member, camelCase.</param>
/// <param name="Type">The .NET type written (its schema is the one the document gives).</param>
/// <param name="Description">With which codes it comes, and what a client does with it.</param>
public sealed record ProblemExtension(string Name, Type Type, string Description);

/// <summary>The extensions the shared errors write, whichever module raises them.</summary>
public static class CommonProblemExtensions
{
    public static IReadOnlyList<ProblemExtension> All { get; } =
    [
        new("field", typeof(string), "The request field the problem is about, by its JSON name (a multipart part, an SMS code field), " +
            "with request.too_large, media.*, accounts.sms_code_invalid: show the message under that field."),
        new("maxBytes", typeof(long), "With request.too_large and media.too_large: the largest size accepted, in bytes."),
    ];
}

/// <summary>Every extension the running modules declare, for <see cref="AppExceptionHandler"/>'s check.</summary>
public sealed class DeclaredProblemExtensions(IEnumerable<ProblemExtension> extensions)
{
    private readonly HashSet<string> _names = [.. extensions.Select(e => e.Name)];

    public bool Contains(string name) => _names.Contains(name);
}
