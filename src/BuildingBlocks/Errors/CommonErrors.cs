using Microsoft.AspNetCore.Http;

namespace Xueshi.BuildingBlocks.Errors;

/// <summary>The codes that belong to no module: transport, authentication, limits.</summary>
public static class CommonErrors
{
    public static readonly AppError ValidationFailed = new("validation_failed", StatusCodes.Status400BadRequest,
        "提交的数据有误，请检查后重试。", "The request has invalid fields.");

    public static readonly AppError MalformedRequest = new("request.malformed", StatusCodes.Status400BadRequest,
        "请求格式不正确。", "The request could not be read.");

    public static readonly AppError RequestTooLarge = new("request.too_large", StatusCodes.Status413PayloadTooLarge,
        "请求内容过大。", "The request body is too large.");

    public static readonly AppError Unauthenticated = new("auth.unauthenticated", StatusCodes.Status401Unauthorized,
        "请先登录。", "Sign in first.");

    public static readonly AppError Forbidden = new("auth.forbidden", StatusCodes.Status403Forbidden,
        "您没有权限进行此操作。", "You are not allowed to do this.");

    public static readonly AppError NotFound = new("not_found", StatusCodes.Status404NotFound,
        "请求的资源不存在。", "Not found.");

    public static readonly AppError MethodNotAllowed = new("method_not_allowed", StatusCodes.Status405MethodNotAllowed,
        "不支持此请求方法。", "Method not allowed.");

    public static readonly AppError UnsupportedMediaType = new("request.unsupported_media_type", StatusCodes.Status415UnsupportedMediaType,
        "请求内容类型不受支持，请使用 application/json。", "Unsupported content type; send application/json.");

    public static readonly AppError RateLimited = new("rate_limited", StatusCodes.Status429TooManyRequests,
        "操作过于频繁，请稍后再试。", "Too many requests; try again later.");

    public static readonly AppError ServiceUnavailable = new("service_unavailable", StatusCodes.Status503ServiceUnavailable,
        "服务暂时不可用，请稍后重试。", "The service is briefly unavailable; try again shortly.");

    public static readonly AppError Internal = new("internal_error", StatusCodes.Status500InternalServerError,
        "服务器出错了，请稍后再试。", "Something went wrong on our side.");

    private static readonly Dictionary<int, AppError> ByStatus = new[]
    {
        ValidationFailed, RequestTooLarge, Unauthenticated, Forbidden, NotFound, MethodNotAllowed,
        UnsupportedMediaType, RateLimited, ServiceUnavailable, Internal,
    }.ToDictionary(e => e.Status);

    /// <summary>The error a bare status code stands for, when nothing more specific was said.</summary>
    public static AppError ForStatus(int status) =>
        status == StatusCodes.Status400BadRequest ? MalformedRequest
        : ByStatus.TryGetValue(status, out var error) ? error
        : new AppError($"http_{status}", status, "请求未能完成。", "The request could not be completed.");
}
