using System.Globalization;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Certificates.Domain;

/// <summary>A condition of eligibility not met, in the teacher's words (certificates.* or the credit rules' credit.*).</summary>
/// <param name="Code">Stable, for clients to switch on.</param>
/// <param name="Message">In the request's language.</param>
internal sealed record CertificateCondition(string Code, string Message);

/// <summary>Why a certificate cannot be claimed yet, as the FAQ answers 为什么我已获得 6 个认定学时，却无法领取证书？</summary>
internal static class CertificateWords
{
    public const string NotEnrolledCode = "certificates.not_enrolled";
    public const string NotVerifiedCode = "certificates.not_verified";
    public const string DateNotReachedCode = "certificates.date_not_reached";
    public const string NoCertificateCode = "certificates.no_certificate";
    public const string ProfileIncompleteCode = "certificates.profile_incomplete";

    public static CertificateCondition NotEnrolled(SchemeKind kind) => new(NotEnrolledCode, kind == SchemeKind.Training
        ? Localized.Pick("您尚未报名该研修的任何专题。", "You are not enrolled in any program of this training.")
        : Localized.Pick("您尚未报名该专题。", "You are not enrolled in this program."));

    /// <summary>已获得 6 学时，但个人信息尚未通过学校管理员审核: the hours are named when there are any, as the FAQ does.</summary>
    public static CertificateCondition NotVerified(decimal creditedHours) => new(NotVerifiedCode, creditedHours > 0
        ? Localized.Pick($"已获得 {Hours(creditedHours)} 学时，但个人信息尚未通过学校管理员审核，请联系本校管理员审核。",
            $"You have {Hours(creditedHours)} credit hours, but your school administrator has not verified your personal data yet.")
        : Localized.Pick("个人信息尚未通过学校管理员审核，请联系本校管理员审核。",
            "Your school administrator has not verified your personal data yet."));

    public static CertificateCondition DateNotReached(DateOnly claimableOn) => new(DateNotReachedCode, Localized.Pick(
        $"证书将于 {claimableOn.Year}年{claimableOn.Month}月{claimableOn.Day}日（北京时间）起发放。",
        $"Certificates are issued from {claimableOn:yyyy-MM-dd} (China Standard Time)."));

    public static CertificateCondition ProfileIncomplete() => new(ProfileIncompleteCode, Localized.Pick(
        "证书需要您的姓名、证件号码和所在学校，请先完善个人信息。",
        "A certificate needs your name, ID number and school: complete your profile first."));

    /// <summary>A condition of one program of a training's certificate: 《title》 before its own words.</summary>
    public static CertificateCondition InProgram(string programTitle, string code, string message) =>
        new(code, Localized.Pick($"《{programTitle}》：{message}", $"{programTitle}: {message}"));

    /// <summary>6, 1.5, 0.25: hours as people write them.</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
