using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Xueshi.BuildingBlocks.Modules;

namespace Xueshi.Host.Composition;

internal static class OpenApiRegistration
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddXueshiOpenApi(this IServiceCollection services, IReadOnlyList<IModule> modules)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Xueshi (学时) API",
                Version = "v1",
                Description = "Teacher-training platform: accounts, programs, learning progress, credit hours and certificates. " +
                    "Errors are RFC 9457 ProblemDetails with a stable `code`; messages are Chinese, or English with `Accept-Language: en`.",
            });
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            o.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken from POST /api/v1/auth/tokens.",
            });
            o.OperationFilter<BearerRequirementFilter>();
            o.SchemaFilter<ProblemDetailsSchemaFilter>();
            o.OperationFilter<InlineMultipartSchemaFilter>();
            o.OperationFilter<CookieDocumentationFilter>();
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

    /// <summary>Marks only the operations that need a token, so the document says which ones do.</summary>
    private sealed class BearerRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [],
            });
        }
    }
}
