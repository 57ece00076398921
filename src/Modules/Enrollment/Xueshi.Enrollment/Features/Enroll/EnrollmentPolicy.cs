using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Enroll;

/// <summary>A refusal with what the dialog shows: the program's own message and where to go instead.</summary>
/// <param name="Message">The message to show (the program's own refusal text for the 学制 rule).</param>
internal sealed record EnrollmentRefusal(AppError Error, string Message, Guid? RedirectProgramId, string? RedirectProgramTitle)
{
    public AppException ToException()
    {
        var extensions = new Dictionary<string, object?> { ["message"] = Message };
        if (RedirectProgramId is not null)
        {
            extensions["redirectProgramId"] = RedirectProgramId;
            extensions["redirectProgramTitle"] = RedirectProgramTitle;
        }

        return Error.ToException(extensions);
    }
}

/// <summary>Something the teacher is told on enrolling, without being refused.</summary>
/// <param name="Code">enrollment.profile_incomplete or enrollment.other_school.</param>
/// <param name="MissingFields">For profile_incomplete: the fields still empty, by their profile JSON names.</param>
internal sealed record EnrollmentNotice(string Code, string Message, IReadOnlyList<string> MissingFields);

/// <summary>
/// Who may enroll (报名) in a program, in the order a teacher would fix things: identity first (学生/家长
/// switch to 教师), then the program's state and window, then the school's 学制. Shared by enrolling and
/// by the enrollment dialog's check, so both say the same.
/// </summary>
internal static class EnrollmentPolicy
{
    public const string ProfileIncompleteCode = "enrollment.profile_incomplete";
    public const string OtherSchoolCode = "enrollment.other_school";

    public static async Task<EnrollmentRefusal?> RefusalAsync(
        EnrollmentDbContext db, TrainingProgram program, TeacherStatus status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!program.AdmittedIdentities.Contains(status.Identity))
        {
            return Simple(EnrollmentErrors.IdentityNotAdmitted);
        }

        if (program.State != ProgramState.Published)
        {
            return Simple(EnrollmentErrors.NotPublished);
        }

        if (now < program.Window.StartsAt)
        {
            return Simple(EnrollmentErrors.BeforeWindow);
        }

        if (now >= program.Window.EndsAt)
        {
            return Simple(EnrollmentErrors.AfterWindow);
        }

        // A teacher at 其他 has no real school yet, so no 学制 to refuse; one without a school is told to complete the profile.
        if (!status.IsOtherSchool && status.SchoolSystem is { } system && !program.SchoolSystems.Admits(system))
        {
            var policy = program.SchoolSystems;
            var redirectTitle = policy.RedirectProgramId is { } redirectId
                ? await db.Programs.AsNoTracking().Where(p => p.Id == redirectId && p.State != ProgramState.Draft)
                    .Select(p => p.Title).SingleOrDefaultAsync(cancellationToken)
                : null;
            return new EnrollmentRefusal(EnrollmentErrors.SchoolSystemNotAdmitted,
                string.IsNullOrWhiteSpace(policy.RefusalMessage) ? EnrollmentErrors.SchoolSystemNotAdmitted.Message : policy.RefusalMessage,
                redirectTitle is null ? null : policy.RedirectProgramId, redirectTitle);
        }

        return null;
    }

    /// <summary>The standard required fields still empty, plus the program's own (是否心理健康教育教师, 是否担任班主任) when unanswered.</summary>
    public static IReadOnlyList<string> MissingFields(TrainingProgram program, TeacherStatus status)
    {
        var missing = status.MissingFields.ToList();
        foreach (var field in program.RequiredProfileFields)
        {
            var (name, answered) = field switch
            {
                ProgramProfileField.IsPsychologyTeacher => ("isPsychologyTeacher", status.IsPsychologyTeacher is not null),
                ProgramProfileField.IsHeadTeacher => ("isHeadTeacher", status.IsHeadTeacher is not null),
                _ => (field.ToString(), true),
            };
            if (!answered && !missing.Contains(name))
            {
                missing.Add(name);
            }
        }

        return missing;
    }

    public static IReadOnlyList<EnrollmentNotice> Notices(TrainingProgram program, TeacherStatus status)
    {
        var notices = new List<EnrollmentNotice>();
        var missing = MissingFields(program, status);
        if (missing.Count > 0)
        {
            notices.Add(new EnrollmentNotice(ProfileIncompleteCode,
                Localized.Pick("请完善个人信息后再进入学习，否则无法认定培训学时。",
                    "Complete your profile before studying, or your study hours cannot be credited."),
                missing));
        }

        if (status.IsOtherSchool)
        {
            notices.Add(new EnrollmentNotice(OtherSchoolCode,
                Localized.Pick("您的学校选择了“其他”，请在区县添加您的学校后，到个人信息中重新选择所在学校。",
                    "Your school is \"其他\" (other): once your county adds your school, choose it in your profile."),
                []));
        }

        return notices;
    }

    private static EnrollmentRefusal Simple(AppError error) => new(error, error.Message, null, null);
}
