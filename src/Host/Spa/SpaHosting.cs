using Xueshi.BuildingBlocks.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.Host.Database;

namespace Xueshi.Host.Spa;

/// <summary>
/// Serves the built SPA (web-client/dist) at / with index.html for client routes, so the API and
/// the app share one origin and one URL. Unknown API paths stay 404 ProblemDetails.
/// </summary>
internal static class SpaHosting
{
    private static readonly string[] ServerPrefixes = ["/api", "/health", "/swagger"];

    public static void UseXueshiSpaFiles(this WebApplication app)
    {
        if (SpaFiles(app) is not { } files)
        {
            return;
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UsePrecompressedFiles(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PrecompressedFiles.ContentTypes(),
            OnPrepareResponse = context =>
            {
                PrecompressedFiles.Describe(context.Context, context.File.Name);
                context.Context.Response.Headers.CacheControl = CacheControlFor(context.Context.Request.Path, PrecompressedFiles.OriginalName(context.File.Name));
            },
        });
    }

    /// <summary>
    /// Vite fingerprints everything under assets/: cached for a year, never revalidated. Anything
    /// else (index.html, favicon) is revalidated on every use by its ETag.
    /// </summary>
    private static string CacheControlFor(PathString path, string name) =>
        path.StartsWithSegments("/assets", StringComparison.Ordinal) && name != "index.html"
            ? "public, max-age=31536000, immutable"
            : "no-cache";

    /// <summary>
    /// GET and HEAD only, so that a wrong method on an API path still answers 405 rather than
    /// being swallowed by the fallback.
    /// </summary>
    public static void MapXueshiFallback(this WebApplication app)
    {
        var files = SpaFiles(app);
        app.MapFallback(async context =>
            {
                var path = context.Request.Path;
                if (files is null || ServerPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = CommonErrors.NotFound.ToProblemDetails(context),
                    });
                    return;
                }

                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                var suffix = PrecompressedFiles.Negotiate(context.Request, files, "/index.html");
                if (suffix is not null)
                {
                    context.Response.Headers.ContentEncoding = suffix == ".br" ? "br" : "gzip";
                }

                var file = files.GetFileInfo("index.html" + suffix);
                context.Response.ContentLength = file.Length;
                if (HttpMethods.IsHead(context.Request.Method))
                {
                    return;
                }

                await context.Response.SendFileAsync(file);
            })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .ExcludeFromDescription();
    }

    private static PhysicalFileProvider? SpaFiles(WebApplication app)
    {
        var root = app.Configuration["Xueshi:Spa:RootPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(RepositoryRoot.Find(app.Environment.ContentRootPath), "web-client", "dist");
        if (File.Exists(Path.Combine(root, "index.html")))
        {
            return new PhysicalFileProvider(root);
        }

        app.Logger.LogWarning("No built SPA at {Root}; run `npm run build` in web-client/ to serve it at /.", root);
        return null;
    }
}
