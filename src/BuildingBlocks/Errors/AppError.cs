using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.BuildingBlocks.Errors;

/// <summary>
/// One refusal the API can give: a stable machine-readable code that clients switch on, its HTTP
/// status, and the human message in both languages we answer in.
/// </summary>
public sealed record AppError(string Code, int Status, string MessageZh, string MessageEn)
{
    public string Message => Localized.Pick(MessageZh, MessageEn);

    public AppException ToException(IReadOnlyDictionary<string, object?>? extensions = null) => new(this, extensions);

    public static AppError NotFound(string code, string zh, string en) => new(code, StatusCodes.Status404NotFound, zh, en);

    public static AppError Conflict(string code, string zh, string en) => new(code, StatusCodes.Status409Conflict, zh, en);

    public static AppError Unprocessable(string code, string zh, string en) => new(code, StatusCodes.Status422UnprocessableEntity, zh, en);
}

public sealed class AppException(AppError error, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(error.MessageEn)
{
    public AppError Error { get; } = error;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
