using Xueshi.BuildingBlocks.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Xueshi.Host.Database;

namespace Xueshi.Host.Composition;

/// <summary>
/// Keys that encrypt personal data (ID numbers) live apart from the database, so a database dump
/// alone reveals nothing. Production points Xueshi:DataProtection:KeysDirectory at a protected,
/// persistent folder that every instance shares (StartupChecks refuses to start without it: keys
/// kept in a container's home folder vanish at the next deploy, and with them every stored ID
/// number); development keeps them beside the embedded database under .data/keys.
/// </summary>
internal static class DataProtectionRegistration
{
    public const string KeysDirectorySetting = "Xueshi:DataProtection:KeysDirectory";

    /// <summary>
    /// Set explicitly: by default the name derives from the content root path, so two instances
    /// installed in different folders would not read each other's ciphertexts.
    /// </summary>
    public const string ApplicationName = "Xueshi";

    public static IServiceCollection AddXueshiDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        var directory = configuration[KeysDirectorySetting];
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

    /// <summary>Outside Development the keys must persist where every instance finds them.</summary>
    public static IEnumerable<string> ConfigurationProblems(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration[KeysDirectorySetting]))
        {
            yield return $"{KeysDirectorySetting} must name a persistent folder that every instance shares (environment variable " +
                "Xueshi__DataProtection__KeysDirectory): the Data Protection keys in it decrypt every stored ID number.";
        }
    }
}
