using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>The operator console's refusals; each code is stable for clients to switch on.</summary>
internal static class CatalogAdminErrors
{
    public static readonly AppError Incoherent = AppError.Unprocessable("enrollment.program_incoherent",
        "专题内容不完整或不一致，请按提示修改后再试。", "The program would not be coherent; fix the fields named in errors.");

    public static readonly AppError ProgramNotDraft = AppError.Conflict("enrollment.program_not_draft",
        "只能删除草稿状态的专题。", "Only a draft program can be deleted.");

    public static readonly AppError ProgramClosed = AppError.Conflict("enrollment.program_closed",
        "专题已关闭，不能再发布。", "A closed program cannot be published again.");

    public static readonly AppError AlreadyPublished = AppError.Conflict("enrollment.program_already_published",
        "专题已发布。", "The program is already published.");

    public static readonly AppError NotPublishedToClose = AppError.Conflict("enrollment.program_not_published",
        "只有已发布的专题可以关闭。", "Only a published program can be closed.");

    public static readonly AppError CourseAlreadyAttached = AppError.Conflict("enrollment.course_already_attached",
        "该课程已在专题中。", "The course is already in this program.");

    public static readonly AppError CourseNotAttached = AppError.NotFound("enrollment.course_not_attached",
        "该课程不在此专题中。", "The course is not in this program.");

    public static readonly AppError LinkOfPublishedProgram = AppError.Conflict("enrollment.course_link_published",
        "已发布或已关闭专题中的课程不能移除（教师的学习进度依赖它）。", "A course cannot be removed from a published or closed program: teachers' progress depends on it.");

    public static readonly AppError ChapterNotFound = AppError.NotFound("enrollment.chapter_not_found",
        "章节不存在。", "There is no such chapter in this course.");

    public static readonly AppError ChapterNotEmpty = AppError.Conflict("enrollment.chapter_not_empty",
        "章节下还有学习资源，请先删除或移走它们。", "The chapter still has resources; delete or move them first.");

    public static readonly AppError MediaNotFound = AppError.Unprocessable("enrollment.media_not_found",
        "所选媒体文件不存在，请重新上传。", "There is no such media file; upload it again.");

    public static readonly AppError CarriedFromNotFound = AppError.Unprocessable("enrollment.carried_from_not_found",
        "来源专题不存在或未包含该课程。", "The program the course is carried from does not exist or does not include the course.");

    public static readonly AppError ResourceArchived = AppError.Conflict("enrollment.resource_archived",
        "该学习资源已归档，不能再修改。", "The resource is archived and can no longer be changed.");

    public static readonly AppError ResourceKindFixed = AppError.Conflict("enrollment.resource_kind_fixed",
        "教师可见的学习资源不能更改类型，请新增资源。", "A resource teachers can see keeps its kind; add a new resource instead.");
}
