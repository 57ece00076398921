using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.BuildingBlocks.Mediation;

public static class MediatorRegistration
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
    ];

    /// <summary>
    /// MediatR 5.1.0 has no DI package we can restore, so handlers are registered by hand: every
    /// closed handler type in the given assemblies, internal ones included (handlers are internal).
    /// </summary>
    public static IServiceCollection AddXueshiMediator(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        var list = assemblies.Distinct().ToList();
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));

        foreach (var type in list.SelectMany(SafeTypes).Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddTransient(contract, type);
            }
        }

        // Singletons: a validator holds no request state (messages and "today" are computed when it runs,
        // in lambdas), and building one is not cheap: FluentValidation builds an expression tree for every
        // RuleFor in the constructor. Scoped, that was about 5% of the Host's CPU on the heartbeat path
        // (bench/README.md, the first heartbeat profile), on every request of every endpoint.
        services.AddValidatorsFromAssemblies(list, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.Where(t => t is not null)!;
        }
    }
}
