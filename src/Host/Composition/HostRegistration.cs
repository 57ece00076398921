using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.BuildingBlocks.Mediation;
using Xueshi.BuildingBlocks.Messaging;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.Host.Database;

namespace Xueshi.Host.Composition;

internal static class HostRegistration
{
    public static WebApplicationBuilder AddXueshi(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        if (!builder.Environment.IsDevelopment())
        {
            // Structured logs for the log pipeline in production; readable lines on a developer's console.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        // Development may move the clock (the test clock); everywhere else time is real, and the
        // start-up checks refuse a test clock switched on outside Development.
        if (builder.Environment.IsDevelopment() && configuration.GetValue(Xueshi.Host.DevClock.TestClock.EnabledSetting, true))
        {
            services.AddSingleton<Xueshi.Host.DevClock.TestClock>();
            services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<Xueshi.Host.DevClock.TestClock>());
        }
        else
        {
            services.AddSingleton(TimeProvider.System);
        }
        services.AddSingleton<DatabaseConnection>();
        services.AddSingleton<DatabaseReadiness>();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<HttpLimitsOptions>(configuration.GetSection(HttpLimitsOptions.Section));
        if (!BuildTimeDocument.IsBeingGenerated)
        {
            services.AddHostedService<StartupChecks>();
            // The database is started and migrated before any other hosted service runs.
            services.AddHostedService<DatabaseStartup>();
        }

        services.AddHttpContextAccessor();
        services.AddXueshiCurrentUser();
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => ConfigureJson(o.JsonSerializerOptions));
        // Malformed JSON and wrong types become exceptions that the one handler answers as 400 ProblemDetails.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsDefaults.Customize);
        services.AddExceptionHandler<AppExceptionHandler>();
        services.AddSingleton(new DeclaredProblemExtensions(CommonProblemExtensions.All.Concat(modules.SelectMany(m => m.ProblemExtensions))));
        services.AddRequestLocalization(o =>
        {
            CultureInfo[] cultures = [new("zh-CN"), new("en")];
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddXueshiSecurityHeaders();
        // Used only by endpoints that opt in (WithCompressedResponse): the fastest levels, for JSON.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["application/json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddXueshiDataProtection(configuration, builder.Environment);
        services.AddXueshiAuthentication(configuration, builder.Environment);
        services.AddXueshiRateLimits(configuration);
        services.AddXueshiOpenApi(modules);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        foreach (var module in modules)
        {
            services.AddSingleton(module);
            module.AddServices(services, configuration);
        }

        services.AddXueshiMediator(modules.SelectMany(ModuleAssemblies));
        services.AddOutboxDispatcher(configuration);
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        // Chinese text goes out as UTF-8, not as \uXXXX escapes: a third of the bytes for every title and
        // reason, and escaping was a measurable part of writing the progress page. HTML-sensitive
        // characters (<, >, &, ', ") are still escaped.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    /// <summary>A module's own assembly and its Contracts (requests other modules answer live there).</summary>
    private static IEnumerable<System.Reflection.Assembly> ModuleAssemblies(IModule module)
    {
        yield return module.Assembly;
        var contracts = module.Assembly.GetReferencedAssemblies()
            .FirstOrDefault(a => a.Name == $"{module.Assembly.GetName().Name}.Contracts");
        if (contracts is not null)
        {
            yield return System.Reflection.Assembly.Load(contracts);
        }
    }
}
