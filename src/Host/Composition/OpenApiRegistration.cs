using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.Host.Composition.OpenApi;

namespace Xueshi.Host.Composition;

internal static class OpenApiRegistration
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddXueshiOpenApi(this IServiceCollection services, IReadOnlyList<IModule> modules)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ValidatorRules>();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Xueshi (学时) API",
                Version = "v1",
                Contact = new OpenApiContact { Name = "Xueshi (学时) platform team" },
                License = new OpenApiLicense { Name = "Proprietary: all rights reserved" },
                Description = "Teacher-training platform: accounts, programs, learning progress, credit hours and certificates. " +
                    "Errors are RFC 9457 ProblemDetails with a stable `code`; messages are Chinese, or English with `Accept-Language: en`.",
            });
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            o.AddSecurityDefinition(SecurityRequirementFilter.Scheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken from POST /api/v1/auth/tokens: a JWT signed with HS256 only, its issuer, audience and " +
                    "lifetime checked on every request, following RFC8725 (JSON Web Token Best Current Practices).",
            });
            o.SchemaFilter<ProblemDetailsSchemaFilter>(modules);
            o.SchemaFilter<ValidatorSchemaFilter>();
            o.SchemaFilter<WellKnownFormatsSchemaFilter>();
            o.OperationFilter<SecurityRequirementFilter>();
            o.OperationFilter<RequestParametersFilter>();
            o.OperationFilter<StandardResponsesFilter>();
            o.OperationFilter<RequestExampleFilter>(modules);
            o.OperationFilter<InlineMultipartSchemaFilter>();
            o.OperationFilter<CookieDocumentationFilter>();
            o.OperationFilter<PreconditionHeaderFilter>();
            o.DocumentFilter<DocumentConventionsFilter>(modules);
            foreach (var assembly in modules.Select(m => m.Assembly))
            {
                var xml = Path.ChangeExtension(assembly.Location, ".xml");
                if (File.Exists(xml))
                {
                    o.IncludeXmlComments(xml);
                }
            }
        });
        return services;
    }
}
