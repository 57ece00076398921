using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Xueshi.BuildingBlocks.Modules;

/// <summary>
/// The only thing the Host knows about a module: its services, its endpoints, its schema and how
/// to bring its schema up to date.
/// </summary>
public interface IModule
{
    string Name { get; }

    /// <summary>The PostgreSQL schema the module owns; no other module touches it.</summary>
    string Schema { get; }

    Assembly Assembly => GetType().Assembly;

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The OpenAPI tags the module's endpoints use, each with the description integrators read (tag → description).</summary>
    IReadOnlyDictionary<string, string> ApiTags => new Dictionary<string, string>();

    /// <summary>The members the module's errors add to a problem (see <see cref="Errors.ProblemExtension"/>).</summary>
    IEnumerable<Errors.ProblemExtension> ProblemExtensions => [];

    /// <summary>Settings the module cannot run without, each as a sentence naming the setting; the Host refuses to start on any.</summary>
    IEnumerable<string> ConfigurationProblems(IConfiguration configuration, IHostEnvironment environment) => [];
}
