using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Xueshi.Host.Spa;

/// <summary>
/// Serves the Brotli (X.br) or gzip (X.gz) file that the SPA build writes beside X, when the
/// browser accepts it: compressed once at build time at the highest level instead of on every
/// request. The request is rewritten to the compressed file before the static-file middleware, which
/// then handles ETag, Last-Modified, Range and HEAD on it as on any file; the answer keeps X's
/// Content-Type and says Content-Encoding and Vary: Accept-Encoding.
/// </summary>
internal static class PrecompressedFiles
{
    private static readonly (string Encoding, string Suffix)[] Preference = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>The requested file's own path, when the answer is its compressed sibling.</summary>
    private const string OriginalPathKey = "Xueshi.Spa.OriginalPath";

    public static void UsePrecompressedFiles(this WebApplication app, IFileProvider files) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                var path = context.Request.Path;
                // API answers never come from files: spare them the look-up.
                if (path.HasValue && !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && Negotiate(context.Request, files, path.Value!) is { } suffix)
                {
                    context.Items[OriginalPathKey] = path.Value;
                    context.Request.Path = path + suffix;
                }
            }

            return next(context);
        });

    /// <summary>The suffix of the best compressed sibling the request accepts, or null for the file itself.</summary>
    public static string? Negotiate(HttpRequest request, IFileProvider files, string path)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        if (accepted.Count == 0 || !files.GetFileInfo(path).Exists)
        {
            return null;
        }

        foreach (var (encoding, suffix) in Preference)
        {
            var quality = accepted
                .Where(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) || a.Value.Equals("*", StringComparison.Ordinal))
                .Select(a => a.Quality ?? 1)
                .DefaultIfEmpty(0)
                .Max();
            if (quality > 0 && files.GetFileInfo(path + suffix).Exists)
            {
                return suffix;
            }
        }

        return null;
    }

    /// <summary>Headers of a static answer: the encoding of a compressed sibling, and Vary on every negotiable file.</summary>
    public static void Describe(HttpContext context, string servedName)
    {
        var headers = context.Response.Headers;
        headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (context.Items.ContainsKey(OriginalPathKey))
        {
            headers.ContentEncoding = servedName.EndsWith(".br", StringComparison.Ordinal) ? "br" : "gzip";
        }
    }

    /// <summary>The name the browser asked for (index.html for index.html.br).</summary>
    public static string OriginalName(string servedName) =>
        Preference.Select(p => p.Suffix).FirstOrDefault(s => servedName.EndsWith(s, StringComparison.Ordinal)) is { } suffix
            ? servedName[..^suffix.Length]
            : servedName;

    /// <summary>Content types by the original name, so app.js.br is still text/javascript.</summary>
    public sealed class ContentTypes : Microsoft.AspNetCore.StaticFiles.IContentTypeProvider
    {
        private readonly Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider _byExtension = new();

        public bool TryGetContentType(string subpath, out string contentType) =>
            _byExtension.TryGetContentType(OriginalName(subpath), out contentType!);
    }
}
