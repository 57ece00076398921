using Microsoft.Extensions.DependencyInjection;
using Xueshi.Enrollment.Features.Admin.Resources;

namespace Xueshi.Enrollment.Features.Admin;

internal static class CatalogAdminRegistration
{
    public static IServiceCollection AddCatalogAdmin(this IServiceCollection services) =>
        services
            .AddScoped<CatalogEditing>()
            .AddScoped<CatalogCoherence>()
            .AddScoped<ResourceBuilder>()
            .AddScoped<IMediaCatalog, MediaCatalog>();
}
