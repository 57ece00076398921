using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Host.Composition;

/// <summary>
/// Problems written by the framework itself (an unknown route, a wrong method, a refused token)
/// get the same code and Chinese title as the ones our handler writes.
/// </summary>
internal static class ProblemDetailsDefaults
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey(ProblemDetailsFactoryExtensions.CodeKey))
        {
            var error = CommonErrors.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
            problem.Extensions[ProblemDetailsFactoryExtensions.CodeKey] = error.Code;
            problem.Title = error.Message;
            problem.Type = $"https://xueshi.example/problems/{error.Code}";
        }

        problem.Instance ??= context.HttpContext.Request.Path;
        if (!problem.Extensions.ContainsKey("traceId"))
        {
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        }

        if (problem.Extensions.TryGetValue("retryAfterSeconds", out var retry) && retry is int seconds)
        {
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
