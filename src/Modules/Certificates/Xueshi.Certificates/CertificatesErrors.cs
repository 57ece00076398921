using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Certificates;

/// <summary>The module's refusals; each code is stable for clients to switch on.</summary>
internal static class CertificatesErrors
{
    // A draft program is invisible to teachers: it answers as if it did not exist, so ids cannot be probed.
    public static readonly AppError ProgramNotFound = AppError.NotFound("certificates.program_not_found",
        "专题不存在。", "There is no such program.");

    public static readonly AppError NoCertificate = AppError.NotFound("certificates.no_certificate",
        "该专题不提供电子学习证书。", "This program gives no certificate.");

    public static readonly AppError NotEligible = AppError.Conflict("certificates.not_eligible",
        "暂不能领取证书：请查看未满足的条件。", "The certificate cannot be claimed yet: see the unmet conditions.");

    public static readonly AppError AlreadyClaimed = AppError.Conflict("certificates.already_claimed",
        "您已领取该证书。", "You have already claimed this certificate.");

    public static readonly AppError PreviewChanged = AppError.Conflict("certificates.preview_changed",
        "证书信息在预览后发生了变化，请重新预览并核对。", "The certificate's data changed since your preview: preview and check it again.");

    public static readonly AppError CertificateNotFound = AppError.NotFound("certificates.not_found",
        "证书不存在。", "There is no such certificate.");

    public static readonly AppError CertificateVoid = AppError.Conflict("certificates.void",
        "该证书已作废，请下载重新生成的证书。", "This certificate is void: download the one that replaced it.");

    // The same answer for a wrong serial and a wrong code: the page tells nothing that helps guessing.
    public static readonly AppError VerificationFailed = AppError.NotFound("certificates.verification_failed",
        "未找到与该证书编号和验证码相符的证书，请核对后重试。", "No certificate matches this serial and verification code.");

    // Anyone but the school's own administrator gets the answer an unknown school gets: ids are not probed.
    public static readonly AppError SchoolNotFound = AppError.NotFound("certificates.school_not_found",
        "学校不存在或您不是该校的管理员。", "There is no such school, or you are not its administrator.");

    public static readonly AppError TrainingNotFound = AppError.NotFound("certificates.training_not_found",
        "研修不存在。", "There is no such training.");

    public static readonly AppError DateBeforeLastWindow = new("certificates.date_before_last_window", StatusCodes.Status422UnprocessableEntity,
        "研修证书的发放日期须晚于其所有专题的结束日期。", "A training's certificate date must come after every one of its programs has ended.");
}
