using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    public static IServiceCollection AddOutboxDispatcher(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.TryAddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }

    public static IServiceCollection AddOutboxFor<TDbContext>(this IServiceCollection services)
        where TDbContext : ModuleDbContext
    {
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxStore, OutboxStore<TDbContext>>();
        return services;
    }
}
