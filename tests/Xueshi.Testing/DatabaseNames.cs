using System.Security.Cryptography;
using System.Text;

namespace Xueshi.Testing;

/// <summary>PostgreSQL database names: lower-case ASCII letters, digits and underscores, at most 63 bytes.</summary>
internal static class DatabaseNames
{
    private const int MaxLength = 63;

    /// <summary>Unique among concurrent runs on one server too (TEST_DATABASE_URL), hence a random suffix rather than a counter.</summary>
    public static string Unique(string name) => Compose(name, "_" + RandomSuffix());

    public static string Template(string key, string runId) => Compose(key + "_tpl", "_" + runId);

    public static string RandomSuffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    private static string Compose(string name, string suffix)
    {
        var core = Sanitize(name);
        var room = MaxLength - suffix.Length;
        if (core.Length > room)
        {
            // The end of a test class's full name says more than its namespace.
            core = core[^room..].TrimStart('_');
        }

        if (core.Length == 0 || char.IsAsciiDigit(core[0]))
        {
            core = "db_" + core;
            core = core[..Math.Min(core.Length, room)].TrimEnd('_');
        }

        return core + suffix;
    }

    private static string Sanitize(string name)
    {
        var result = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                result.Append(c);
            }
            else if (result.Length > 0 && result[^1] != '_')
            {
                result.Append('_');
            }
        }

        return result.ToString().TrimEnd('_');
    }
}
