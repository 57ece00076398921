using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.LearningProgress;

/// <summary>The module's refusals; each code is stable for clients (the player) to switch on.</summary>
internal static class LearningProgressErrors
{
    // A draft program, a resource outside the program, another teacher's playback: all answer as if nothing were there.
    public static readonly AppError ResourceNotFound = AppError.NotFound("learning.resource_not_found",
        "学习资源不存在。", "There is no such resource in this program.");

    public static readonly AppError ProgramNotFound = AppError.NotFound("learning.program_not_found",
        "专题不存在。", "There is no such program.");

    public static readonly AppError QuizNotFound = AppError.NotFound("learning.quiz_not_found",
        "该学习资源没有测试题。", "The resource has no quiz.");

    public static readonly AppError QuizNotReached = AppError.Conflict("learning.quiz_not_reached",
        "请先观看到测试题所在位置。", "Play the video up to the quiz first.");

    public static readonly AppError QuizAnswerInvalid = AppError.Unprocessable("learning.quiz_answer_invalid",
        "答案无效：题目或选项不属于本测试，或单选题选择了多个选项。", "An answer names a question or option not in the quiz, or several options for one-answer question.");

    public static readonly AppError PlaybackNotFound = AppError.NotFound("learning.playback_not_found",
        "播放记录不存在。", "There is no such playback.");

    public static readonly AppError PlaybackExpired = new("learning.playback_expired", StatusCodes.Status410Gone,
        "播放已过期，请重新开始播放。", "The playback has expired; start a new one.");

    public static readonly AppError NotEnrolled = new("learning.not_enrolled", StatusCodes.Status403Forbidden,
        "请先报名该专题再学习。", "Enroll in the program before studying it.");

    public static readonly AppError BeforeWindow = AppError.Unprocessable("learning.before_window",
        "该专题尚未开始，请在学习时间内学习。", "The program's study window has not opened yet.");

    public static readonly AppError AfterWindow = AppError.Unprocessable("learning.after_window",
        "该专题学习时间已结束，无法继续学习。", "The program's study window has ended.");

    public static readonly AppError CourseNotOpen = AppError.Unprocessable("learning.course_not_open",
        "该课程尚未开放，请在开放日期后学习。", "The course has not opened yet in this program.");

    public static readonly AppError ResourceArchived = AppError.Unprocessable("learning.resource_archived",
        "该学习资源已下线，已有的学习记录仍然保留。", "The resource was withdrawn; progress made on it is kept.");

    public static readonly AppError ResourceUnavailable = AppError.Unprocessable("learning.resource_unavailable",
        "该学习资源暂时无法学习，请稍后再试。", "The resource cannot be studied at the moment.");
}
