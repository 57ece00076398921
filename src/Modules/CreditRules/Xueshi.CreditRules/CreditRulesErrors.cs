using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.CreditRules;

/// <summary>The module's refusals; each code is stable for clients to switch on.</summary>
internal static class CreditRulesErrors
{
    // A draft program is invisible to teachers: it answers as if it did not exist, so ids cannot be probed.
    public static readonly AppError ProgramNotFound = AppError.NotFound("credit.program_not_found",
        "专题不存在。", "There is no such program.");

    public static readonly AppError NotEnrolled = new("credit.not_enrolled", StatusCodes.Status403Forbidden,
        "您尚未报名该专题。", "You are not enrolled in this program.");

    public static readonly AppError VersionNotFound = AppError.NotFound("credit.version_not_found",
        "该版本的学时认定规则不存在。", "There is no such version of the credit rules.");

    public static readonly AppError TeacherNotFound = AppError.NotFound("credit.teacher_not_found",
        "未找到该教师。", "There is no such teacher.");

    public static readonly AppError NoDraft = AppError.Conflict("credit.no_draft",
        "没有待发布的草稿。", "There is no draft.");

    public static readonly AppError NothingToPreview = AppError.Conflict("credit.nothing_to_preview",
        "该专题尚无学时认定规则，请先保存草稿或随请求提交规则。", "The program has no credit rules yet: save a draft or send the rules with the request.");

    public static readonly AppError PreconditionRequired = new("credit.precondition_required", StatusCodes.Status428PreconditionRequired,
        "请带上最近读取的 ETag（If-Match）。", "Send the ETag you last read in If-Match.");

    public static readonly AppError PreconditionFailed = new("credit.precondition_failed", StatusCodes.Status412PreconditionFailed,
        "学时认定规则已被他人修改，请刷新后重试。", "The credit rules changed since you read them; reload and try again.");
}
