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

        services.AddValidatorsFromAssemblies(list, ServiceLifetime.Scoped, includeInternalTypes: true);
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
