using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts.Audit;

internal static class AuditErrors
{
    /// <summary>Personal data is never shown without its audit record: the read is refused instead.</summary>
    public static readonly AppError RecordFailed = new("audit.record_failed", StatusCodes.Status503ServiceUnavailable,
        "审计记录暂时无法写入，为保护个人信息，本次查询未执行，请稍后再试。",
        "The audit record could not be written, so the personal data was not served; try again shortly.");

    /// <summary>How long a client should wait before it tries again.</summary>
    public const int RetryAfterSeconds = 5;
}
