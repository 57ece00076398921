namespace Xueshi.Host.Composition;

/// <summary>
/// The same browser protections on every answer: the SPA, the API, Swagger UI, static files and
/// errors. Set when the response starts, so that answers written after the exception handler
/// cleared the headers carry them too.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from our origin, never inline or eval'd: the SPA is a Vite bundle and Swagger UI
    /// (Swashbuckle 11) loads its initializer as index.js, so one policy fits both. Styles allow
    /// inline because antd injects &lt;style&gt; elements at run time (CSS-in-JS) and Swagger UI sets
    /// style attributes. Images, video and PDF may come from blob: (object URLs of fetched media) and
    /// images from data: (antd's icons); a PDF may be framed from our origin only; plugins never.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "media-src 'self' blob:; " +
        "frame-src 'self' blob:; " +
        "worker-src 'self' blob:; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public static IServiceCollection AddXueshiSecurityHeaders(this IServiceCollection services) =>
        services.AddHsts(o =>
        {
            // A year, as browsers' preload rules expect; subdomains are not ours to promise.
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });

    public static WebApplication UseXueshiSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                // For browsers that predate frame-ancestors.
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            }, context);
            return next(context);
        });

        // HTTPS is terminated in front of or by Kestrel in production; a developer's http://localhost
        // must not be pinned to HTTPS. The middleware itself skips plain-HTTP requests and localhost.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
