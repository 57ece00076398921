using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts.Features.Profile;

/// <summary>The refusals of the teacher profile and of school verification (审核认证).</summary>
internal static class ProfileErrors
{
    public static readonly AppError NotATeacher = AppError.Conflict("accounts.not_a_teacher",
        "只有教师身份的账号才有个人信息与任教信息，请先切换为教师身份。",
        "Only teacher accounts have a teacher profile; switch the identity to teacher first.");

    public static readonly AppError IdNumberTaken = AppError.Conflict("accounts.id_number_taken",
        "该证件号码已被其他账号使用。如确属本人，请联系客服。",
        "This ID number is already used by another account. If it is yours, contact support.");

    /// <summary>Carries the extension <c>lockedFields</c>: which of the edited fields are locked.</summary>
    public static readonly AppError ProfileLocked = AppError.Conflict("accounts.profile_locked",
        "认证通过后不能修改姓名、证件信息、所在学校和心理健康教育教师、班主任身份。如需修改，请先删除任教信息（从学校移除）后再修改，并重新提交审核。",
        "Once verified, the name, ID document, school and the psychology-teacher and head-teacher roles cannot be changed. Remove the school first, edit, and submit again.");

    public static readonly AppError NoSchool = AppError.Conflict("accounts.no_school",
        "您当前没有任教信息。", "You have no school to remove.");

    /// <summary>
    /// The school chosen in the profile does not exist: a bad reference in the body is a 400 (the
    /// same code as an unknown school in a path, which is a 404), with the field error on schoolId.
    /// </summary>
    public static readonly AppError ChosenSchoolNotFound = new("accounts.school_not_found", StatusCodes.Status400BadRequest,
        "所选学校不存在，请重新选择。", "The chosen school does not exist; choose again.");

    public static readonly AppError TeacherNotInSchool = AppError.NotFound("accounts.teacher_not_in_school",
        "该教师不在本校。", "The teacher is not in this school.");
}
