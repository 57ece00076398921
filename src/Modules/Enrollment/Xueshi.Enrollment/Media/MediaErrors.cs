using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Enrollment.Media;

internal static class MediaErrors
{
    public static readonly AppError TooLarge = new("media.too_large", StatusCodes.Status413PayloadTooLarge,
        "文件过大，超过了允许的大小。", "The file is larger than this upload allows.");

    public static readonly AppError UnsupportedType = new("media.unsupported_type", StatusCodes.Status415UnsupportedMediaType,
        "文件类型不受支持。视频请上传 MP4（H.264）或 WebM，文档请上传 PDF，封面请上传 PNG 或 JPEG。",
        "Unsupported file type: videos must be MP4 (H.264) or WebM, documents PDF, covers PNG or JPEG.");

    public static readonly AppError Unreadable = AppError.Unprocessable("media.unreadable",
        "文件已损坏或不完整，无法读取，请重新上传。", "The file is damaged or incomplete and cannot be read; upload it again.");

    public static readonly AppError OneFileExpected = new("media.file_expected", StatusCodes.Status400BadRequest,
        "请选择一个要上传的文件（multipart/form-data 的 file 字段）。", "Attach exactly one file as the multipart/form-data field \"file\".");

    public static readonly AppError MultipartRequired = new("media.multipart_required", StatusCodes.Status415UnsupportedMediaType,
        "请以 multipart/form-data 格式上传文件。", "Send the file as multipart/form-data.");

    public static readonly AppError NotFound = AppError.NotFound("media.not_found",
        "媒体文件不存在。", "No such media file.");

    public static readonly AppError LinkInvalid = new("media.link_invalid", StatusCodes.Status403Forbidden,
        "播放链接无效或已过期，请刷新页面后重试。", "The media link is invalid or has expired; ask for a new one.");
}
