using Ganss.Xss;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>
/// A text resource's rich text is HTML an operator pasted from an editor; teachers' browsers render it,
/// so it is sanitized on the server (scripts, event handlers, javascript: links and foreign frames go)
/// before it is stored, whatever the client did.
/// </summary>
internal static class RichText
{
    /// <summary>Characters of HTML a text resource may carry (before and after sanitizing).</summary>
    public const int MaxLength = 100_000;

    /// <summary>The body limit of the endpoints that take rich text: its characters escaped as \uXXXX in the worst case, and the rest.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html).Trim();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
