using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Xueshi.BuildingBlocks.Errors;

/// <summary>Builds the one error shape of the API: RFC 9457 ProblemDetails with a stable <c>code</c>.</summary>
public static class ProblemDetailsFactoryExtensions
{
    public const string CodeKey = "code";

    public static ProblemDetails ToProblemDetails(this AppError error, HttpContext? context, string? detail = null)
    {
        var problem = new ProblemDetails
        {
            Status = error.Status,
            Title = error.Message,
            Detail = detail,
            Type = $"https://xueshi.example/problems/{error.Code}",
            Instance = context?.Request.Path.Value,
        };
        problem.Extensions[CodeKey] = error.Code;
        var traceId = Activity.Current?.Id ?? context?.TraceIdentifier;
        if (traceId is not null)
        {
            problem.Extensions["traceId"] = traceId;
        }

        return problem;
    }
}
