using System.Text.Json;

namespace Xueshi.Accounts.Features;

/// <summary>
/// Enum values in query strings, spelt as in JSON (camelCase: juniorSecondary, pending). Minimal
/// APIs bind enum query parameters case-sensitively by C# name, so such parameters are taken as
/// strings and read here.
/// </summary>
internal static class QueryEnum
{
    public static bool TryParse<T>(string? value, out T? result)
        where T : struct, Enum
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(candidate.ToString()), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the longest value, the most a valid query value can have (before trimming).</summary>
    public static int LongestName<T>()
        where T : struct, Enum =>
        Enum.GetNames<T>().Max(n => n.Length);

    /// <summary>The values as clients send them, for descriptions and messages.</summary>
    public static string Names<T>()
        where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName));
}
