using Microsoft.AspNetCore.DataProtection;
using Xueshi.Host.Database;

namespace Xueshi.Host.Composition;

/// <summary>
/// Keys that encrypt personal data (ID numbers) live apart from the database, so a database dump
/// alone reveals nothing. Production points Xueshi:DataProtection:KeysDirectory at a protected,
/// shared folder; development keeps them beside the embedded database under .data/keys.
/// </summary>
internal static class DataProtectionRegistration
{
    public static IServiceCollection AddXueshiDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection().SetApplicationName("Xueshi");
        var directory = configuration["Xueshi:DataProtection:KeysDirectory"];
        if (string.IsNullOrEmpty(directory) && environment.IsDevelopment())
        {
            directory = Path.Combine(RepositoryRoot.Find(environment.ContentRootPath), ".data", "keys");
        }

        if (!string.IsNullOrEmpty(directory))
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(directory));
        }

        return services;
    }
}
