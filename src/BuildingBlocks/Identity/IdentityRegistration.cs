using Microsoft.Extensions.DependencyInjection;

namespace Xueshi.BuildingBlocks.Identity;

public static class IdentityRegistration
{
    public static IServiceCollection AddXueshiCurrentUser(this IServiceCollection services) =>
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
}
