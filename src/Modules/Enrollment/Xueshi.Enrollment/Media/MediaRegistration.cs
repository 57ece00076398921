using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xueshi.BuildingBlocks.Hosting;
using Xueshi.Enrollment.Features.Media.GetMediaContent;
using Xueshi.Enrollment.Media.Access;
using Xueshi.Enrollment.Media.Demo;
using Xueshi.Enrollment.Media.Intake;
using Xueshi.Enrollment.Media.Probing;
using Xueshi.Enrollment.Media.Storage;

namespace Xueshi.Enrollment.Media;

internal static class MediaRegistration
{
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                // Beside the embedded database and the Data Protection keys: .data/ at the repository root.
                var root = RepositoryRoot.Find(environment.ContentRootPath);
                options.ResolvedDirectory = string.IsNullOrWhiteSpace(options.Directory)
                    ? Path.Combine(root, ".data", "media")
                    : Path.GetFullPath(options.Directory, root);
            });
        services.AddSingleton<IMediaStore, FileSystemMediaStore>();
        services.AddSingleton<IMediaProber, FfprobeProber>();
        services.AddSingleton<MediaLinks>();
        services.AddScoped<MediaIntake>();
        services.AddScoped<IMediaAccess, MediaAccess>();
        services.AddScoped<MediaContentReader>();
        services.AddScoped<DemoMediaLibrary>();
        return services;
    }
}
