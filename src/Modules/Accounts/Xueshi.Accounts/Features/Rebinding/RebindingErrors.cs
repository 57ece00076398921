using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts.Features.Rebinding;

/// <summary>Refusals of phone rebinding (换绑).</summary>
internal static class RebindingErrors
{
    public static readonly AppError NoAccount = AppError.Unprocessable("accounts.rebind_no_account",
        "原手机号没有对应的账号，无法换绑。", "No account has the old phone number; there is nothing to rebind.");

    public static readonly AppError AlreadyDecided = AppError.Conflict("accounts.rebind_already_decided",
        "该换绑申请已处理。", "The rebinding request was decided already.");

    public static readonly AppError RequestNotFound = AppError.NotFound("accounts.rebind_request_not_found",
        "换绑申请不存在。", "The rebinding request does not exist.");

    public static readonly AppError PhotoInvalid = new("accounts.rebind_photo_invalid", StatusCodes.Status400BadRequest,
        "请上传 JPEG 或 PNG 格式的证件照片。", "The ID photo must be a JPEG or PNG image.");

    public static readonly AppError SamePhone = new("accounts.rebind_same_phone", StatusCodes.Status400BadRequest,
        "新手机号不能与原手机号相同。", "The new phone number is the same as the old one.");
}
