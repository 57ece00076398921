using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Xueshi.BuildingBlocks.Http;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.Host.DevClock;
using Xueshi.Host.Spa;

namespace Xueshi.Host.Composition;

internal static class PipelineConfiguration
{
    public static WebApplication UseXueshi(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        // Headers first, so that every answer (errors, files, Swagger) carries them.
        app.UseXueshiSecurityHeaders();
        // Localization next: the culture it sets must still hold when an exception comes back out.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(LimitRequestBody);
        // Only endpoints that ask for it (WithCompressedResponse); routing has chosen the endpoint by now.
        app.UseWhen(context => context.GetEndpoint()?.Metadata.GetMetadata<CompressedResponseMetadata>() is not null,
            compressed => compressed.UseResponseCompression());

        // Only under /swagger: Swashbuckle's middleware resolves its document provider on every request it sees,
        // which the read-path profile showed on every API call and health probe.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger"), swagger =>
        {
            swagger.UseSwagger();
            swagger.UseSwaggerUI(o =>
            {
                o.SwaggerEndpoint($"/swagger/{OpenApiRegistration.DocumentName}/swagger.json", "Xueshi API v1");
                o.DocumentTitle = "Xueshi (学时) API";
            });
        });

        app.UseXueshiSpaFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        app.MapTestClock();
        app.MapXueshiFallback();
        return app;
    }

    /// <summary>
    /// One body limit for every request, sized for JSON; an endpoint that takes uploads raises its own
    /// with IRequestSizeLimitMetadata (WithRequestBodyLimit). Routing has already chosen the endpoint
    /// here: WebApplication runs UseRouting before the middleware registered in this method.
    /// </summary>
    private static Task LimitRequestBody(HttpContext context, RequestDelegate next)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? context.RequestServices.GetRequiredService<IOptions<HttpLimitsOptions>>().Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        // Kestrel enforces it for bodies without a Content-Length (chunked) as they are read.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
