using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Xueshi.Host.Composition.OpenApi;

/// <summary>
/// The answers any operation can give besides its own: 500 for a bug of ours, and on a
/// rate-limited endpoint (found by its rate-limiter metadata, whatever the policy) 429 with the
/// Retry-After header the Host sends with it.
/// </summary>
internal sealed class StandardResponsesFilter : IOperationFilter
{
    public const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var policy = metadata.OfType<EnableRateLimitingAttribute>().LastOrDefault()?.PolicyName;
        if (policy is not null && !metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            var tooMany = Problem(operation, context, "429", "Too many requests (rate_limited, or a limit of the use case): wait Retry-After seconds.");
            tooMany.Headers ??= new Dictionary<string, IOpenApiHeader>();
            tooMany.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before trying again (also in the body as retryAfterSeconds).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "86400" },
            };
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-rate-limit-policy"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(policy));
        }

        if (metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any()
            && !metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
        {
            Problem(operation, context, "401", "No valid access token (auth.unauthenticated).");
            if (!metadata.OfType<Xueshi.BuildingBlocks.Identity.AllowWithoutConsentMetadata>().Any())
            {
                Problem(operation, context, "403",
                    "The account has not agreed to the current legal documents (accounts.consent_required), or the caller may not do this (forbidden).");
            }
        }

        Problem(operation, context, "500", "A bug of ours (internal_error); traceId helps support find it.");
    }

    private static OpenApiResponse Problem(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.TryGetValue(status, out var existing) && existing is OpenApiResponse declared)
        {
            return declared;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ProblemJson] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
            },
        };
        operation.Responses[status] = response;
        return response;
    }
}
