using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xueshi.BuildingBlocks.Http;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.BuildingBlocks.Modules;

/// <summary>
/// What every module does the same way. Not generic on the DbContext: the module class is the one
/// public type of a module and its DbContext is internal, so the context is named only inside
/// <see cref="AddPersistence"/>.
/// </summary>
public abstract class ModuleBase : IModule
{
    public abstract string Name { get; }

    public abstract string Schema { get; }

    public Assembly Assembly => GetType().Assembly;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        AddPersistence(services);
        AddModuleServices(services, configuration);
    }

    /// <summary>Calls <c>services.AddModulePersistence&lt;TheDbContext&gt;(Schema)</c>.</summary>
    protected abstract void AddPersistence(IServiceCollection services);

    protected virtual void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Maps every <see cref="IEndpoint"/> of the module under /api/v1, then its <see cref="IRootEndpoint"/>s, in a stable order.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapApiV1();
        var definitions = Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IEndpoint).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in definitions)
        {
            ((IEndpoint)Activator.CreateInstance(type, nonPublic: true)!).Map(api);
        }

        var rootDefinitions = Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IRootEndpoint).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in rootDefinitions)
        {
            ((IRootEndpoint)Activator.CreateInstance(type, nonPublic: true)!).Map(endpoints);
        }
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetServices<IModuleDatabase>().Single(d => d.Schema == Schema).MigrateAsync(services, cancellationToken);

    public virtual Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual IReadOnlyDictionary<string, string> ApiTags => new Dictionary<string, string>();

    public virtual IEnumerable<Errors.ProblemExtension> ProblemExtensions => [];

    public virtual IEnumerable<string> ConfigurationProblems(IConfiguration configuration, IHostEnvironment environment) => [];
}
