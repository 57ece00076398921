using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Xueshi.BuildingBlocks.Http;

public static class EndpointConventions
{
    /// <summary>Declares ProblemDetails answers for the given statuses so integrators see every refusal.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.Produces<ProblemDetails>(status, "application/problem+json");
        }

        return builder;
    }

    /// <summary>The versioned API root every module maps its endpoints under.</summary>
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/v1");
}
