using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Enrollment;

/// <summary>The module's refusals; each code is stable for clients to switch on.</summary>
internal static class EnrollmentErrors
{
    // A draft program is invisible to teachers: it answers as if it did not exist, so ids cannot be probed.
    public static readonly AppError ProgramNotFound = AppError.NotFound("enrollment.program_not_found",
        "专题不存在。", "There is no such program.");

    public static readonly AppError CourseNotFound = AppError.NotFound("enrollment.course_not_found",
        "课程不存在。", "There is no such course.");

    public static readonly AppError ResourceNotFound = AppError.NotFound("enrollment.resource_not_found",
        "学习资源不存在。", "There is no such resource.");

    public static readonly AppError TrainingNotFound = AppError.NotFound("enrollment.training_not_found",
        "研修不存在。", "There is no such training.");

    public static readonly AppError NotPublished = AppError.Unprocessable("enrollment.not_published",
        "该专题尚未发布或已关闭，暂不能报名。", "The program is not published, or it is closed.");

    public static readonly AppError BeforeWindow = AppError.Unprocessable("enrollment.before_window",
        "该专题尚未开始，请在学习时间内报名。", "The program's study window has not opened yet.");

    public static readonly AppError AfterWindow = AppError.Unprocessable("enrollment.after_window",
        "该专题学习时间已结束，无法继续报名和学习。", "The program's study window has ended.");

    public static readonly AppError CourseNotOpen = AppError.Unprocessable("enrollment.course_not_open",
        "该课程尚未开放，请在开放日期后学习。", "The course has not opened yet in this program.");

    public static readonly AppError IdentityNotAdmitted = new("enrollment.identity_not_admitted", StatusCodes.Status403Forbidden,
        "该专题仅面向教师报名，请先在“我的”中将身份切换为教师。", "The program does not admit your identity; switch to teacher first.");

    public static readonly AppError SchoolSystemNotAdmitted = new("enrollment.school_system_not_admitted", StatusCodes.Status403Forbidden,
        "您所在学校的学制不在本专题的培训范围内。", "The program does not admit teachers of your school's 学制.");

    public static readonly AppError NotEnrolled = new("enrollment.not_enrolled", StatusCodes.Status403Forbidden,
        "请先报名该专题。", "Enroll in the program first.");

    public static readonly AppError PreconditionFailed = new("enrollment.precondition_failed", StatusCodes.Status412PreconditionFailed,
        "内容已被他人修改，请刷新后重试。", "Someone else changed this since you read it; reload and try again.");

    public static readonly AppError PreconditionRequired = new("enrollment.precondition_required", StatusCodes.Status428PreconditionRequired,
        "请携带 If-Match 头（上次读取时的 ETag）再提交修改。", "Send If-Match with the ETag you read, so no one else's change is overwritten.");
}
