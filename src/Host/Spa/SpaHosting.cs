using Microsoft.Extensions.FileProviders;
using Xueshi.Host.Database;

namespace Xueshi.Host.Spa;

/// <summary>
/// Serves the built SPA (web-client/dist) at / with index.html for client routes, so the API and
/// the app share one origin and one URL.
/// </summary>
internal static class SpaHosting
{
    public static void UseXueshiSpa(this WebApplication app)
    {
        var root = app.Configuration["Xueshi:Spa:RootPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(RepositoryRoot.Find(app.Environment.ContentRootPath), "web-client", "dist");
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("No built SPA at {Root}; run `npm run build` in web-client/ to serve it at /.", root);
            return;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Vite fingerprints everything under assets/; index.html must always be fetched fresh.
            OnPrepareResponse = context =>
                context.Context.Response.Headers.CacheControl = context.File.Name == "index.html"
                    ? "no-cache"
                    : "public, max-age=31536000, immutable",
        });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files })
            .ExcludeFromDescription();
    }
}
