using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts.Legal;

internal static class LegalErrors
{
    public static readonly AppError ConsentRequired = new("accounts.consent_required", StatusCodes.Status403Forbidden,
        "请先阅读并同意最新的《用户协议》和《隐私政策》。", "Agree to the current user agreement and privacy policy first (POST /api/v1/me/consents).");

    public static readonly AppError BasicsRequired = new("accounts.basics_required", StatusCodes.Status409Conflict,
        "请先选择身份并填写昵称。", "Choose the identity and the nickname first (POST /api/v1/me/basics).");

    public static readonly AppError BasicsAlreadyChosen = AppError.Conflict("accounts.basics_already_chosen",
        "身份和昵称已选择。", "The identity and the nickname were chosen already.");

    public static readonly AppError VersionsOutdated = AppError.Conflict("accounts.legal_versions_outdated",
        "《用户协议》或《隐私政策》已更新，请重新阅读后再同意。", "The user agreement or the privacy policy has a newer version; read it again and agree to that one.");

    public static readonly AppError DocumentNotFound = AppError.NotFound("accounts.legal_document_not_found",
        "文档不存在。", "There is no such document.");

    public static readonly AppError VersionConflict = AppError.Conflict("accounts.legal_version_conflict",
        "另一个版本刚刚发布，请刷新后再试。", "Another version was published at the same moment; reload and try again.");
}
