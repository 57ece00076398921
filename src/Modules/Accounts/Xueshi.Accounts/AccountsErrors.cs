using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts;

internal static class AccountsErrors
{
    public static readonly AppError PhoneTaken = AppError.Conflict("accounts.phone_taken",
        "该手机号已注册，请直接登录。", "This phone number is already registered; sign in instead.");

    public static readonly AppError SmsCodeInvalid = AppError.Unprocessable("accounts.sms_code_invalid",
        "验证码错误或已失效，请重新获取。", "The SMS code is wrong, expired or already used.");

    public static readonly AppError SmsCodeTooFrequent = new("accounts.sms_code_too_frequent", StatusCodes.Status429TooManyRequests,
        "验证码发送过于频繁，请稍后再试。", "An SMS code was sent to this number moments ago; wait before asking again.");

    public static readonly AppError SmsDailyLimit = new("accounts.sms_daily_limit", StatusCodes.Status429TooManyRequests,
        "该手机号今日获取验证码次数已达上限。", "This number has received too many SMS codes today.");

    public static readonly AppError SmsAddressDailyLimit = new("accounts.sms_address_daily_limit", StatusCodes.Status429TooManyRequests,
        "当前网络今日获取验证码次数已达上限，请明天再试。", "Too many SMS codes were requested from this address today.");

    public static readonly AppError SmsPhoneRejected = new("accounts.sms_phone_rejected", StatusCodes.Status400BadRequest,
        "短信无法发送到该手机号，请检查号码。", "The SMS provider cannot deliver to this number; check it.");

    public static readonly AppError SmsUnavailable = new("accounts.sms_unavailable", StatusCodes.Status503ServiceUnavailable,
        "短信服务暂不可用，请稍后再试。", "SMS is not available right now.");

    public static readonly AppError InvalidCredentials = new("auth.invalid_credentials", StatusCodes.Status401Unauthorized,
        "手机号或密码（验证码）错误。如未设置密码，请使用验证码登录。",
        "Wrong phone number, password or SMS code. If you have not set a password, sign in with an SMS code.");

    public static readonly AppError SignInLocked = new("auth.sign_in_locked", StatusCodes.Status429TooManyRequests,
        "登录失败次数过多，请稍后再试。", "Too many failed sign-ins; try again later.");

    public static readonly AppError RefreshTokenInvalid = new("auth.refresh_token_invalid", StatusCodes.Status401Unauthorized,
        "登录已过期，请重新登录。", "The refresh token is invalid or expired; sign in again.");

    public static readonly AppError SchoolNotFound = AppError.NotFound("accounts.school_not_found",
        "学校不存在或您无权管理该学校。", "The school does not exist or you do not administer it.");

    public static readonly AppError RegionNotFound = AppError.NotFound("accounts.region_not_found",
        "行政区域不存在。", "The region does not exist.");

    public static readonly AppError IdentitySwitchNotAllowed = AppError.Conflict("accounts.identity_switch_not_allowed",
        "只有学生或家长身份可以切换为教师身份。", "Only a student or parent account can switch, and only to teacher.");

    public static readonly AppError ConfirmationRequired = AppError.Unprocessable("accounts.confirmation_required",
        "从学生身份切换将清除学生身份下的数据，请确认后再切换。", "Switching from student clears the student's data; confirm it in the request.");

    public static readonly AppError AccountNotFound = AppError.NotFound("accounts.not_found",
        "账号不存在。", "The account does not exist.");
}
