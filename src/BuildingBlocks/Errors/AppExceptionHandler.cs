using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Xueshi.BuildingBlocks.Errors;

/// <summary>
/// The single place where exceptions become HTTP answers, so every endpoint refuses in the same
/// shape and bad input never surfaces as a 500.
/// </summary>
public sealed class AppExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<AppExceptionHandler> logger, IHostEnvironment environment, DeclaredProblemExtensions declared)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            AppException app => FromApp(app, httpContext),
            ValidationException validation => FromValidation(validation, httpContext),
            BadHttpRequestException bad => FromBadRequest(bad, httpContext),
            JsonException => CommonErrors.MalformedRequest.ToProblemDetails(httpContext),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ when DatabaseOutage.IsOutage(exception) => FromOutage(exception, httpContext),
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = CommonErrors.Internal.ToProblemDetails(httpContext);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private ProblemDetails FromApp(AppException exception, HttpContext context)
    {
        var problem = exception.Error.ToProblemDetails(context);
        foreach (var (key, value) in exception.Extensions)
        {
            // The tests and the demo run in Development: a member the OpenAPI document does not describe fails there
            // (a 500 the test sees), never in production, where the client gets it untyped.
            if (environment.IsDevelopment() && key is not ("errors" or "retryAfterSeconds") && !declared.Contains(key))
            {
                throw new InvalidOperationException(
                    $"The error {exception.Error.Code} adds '{key}', which no module declares in IModule.ProblemExtensions.");
            }

            problem.Extensions[key] = value;
        }

        return problem;
    }

    /// <summary>Not a bug: the client should come back shortly (Retry-After), and the log says why once, as a warning.</summary>
    private ProblemDetails FromOutage(Exception exception, HttpContext context)
    {
        logger.LogWarning("The database cannot be reached for {Method} {Path}: {Reason}",
            context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
        var problem = CommonErrors.ServiceUnavailable.ToProblemDetails(context);
        problem.Extensions["retryAfterSeconds"] = (int)DatabaseOutage.RetryAfter.TotalSeconds;
        return problem;
    }

    private static ProblemDetails FromValidation(ValidationException exception, HttpContext context)
    {
        var problem = CommonErrors.ValidationFailed.ToProblemDetails(context);
        problem.Extensions["errors"] = exception.Errors
            .GroupBy(e => JsonPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return problem;
    }

    // FluentValidation names nested members after the C# properties (Courses[1].MaxHours); clients know the
    // JSON names, so every segment is camel-cased (courses[1].maxHours), not only the first.
    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception, HttpContext context)
    {
        var error = exception.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => CommonErrors.RequestTooLarge,
            StatusCodes.Status415UnsupportedMediaType => CommonErrors.UnsupportedMediaType,
            _ => CommonErrors.MalformedRequest,
        };
        return error.ToProblemDetails(context, exception.InnerException is JsonException json ? json.Message : null);
    }
}
