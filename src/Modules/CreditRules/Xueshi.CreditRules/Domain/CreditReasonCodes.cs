namespace Xueshi.CreditRules.Domain;

/// <summary>The stable codes of <see cref="CreditReason"/>; clients may key icons or help on them, the message is for people.</summary>
internal static class CreditReasonCodes
{
    /// <summary>拓展资源 / 拓展课程: time recorded, no credit.</summary>
    public const string Extension = "credit.extension";

    /// <summary>The resource is started, not complete; the LearningProgress reasons (learning.*) that follow say what is missing.</summary>
    public const string NotComplete = "credit.not_complete";

    /// <summary>Nothing of the resource is done yet (all of it is missing): the one reason it carries.</summary>
    public const string NotStarted = "credit.not_started";

    /// <summary>A video's quiz (测试题) is not complete and the course's quizzes gate its credit.</summary>
    public const string QuizNotDone = "credit.quiz_not_done";

    /// <summary>The course test (课程测试) is not complete and gates the course's hours (完成试题后).</summary>
    public const string CourseTestNotDone = "credit.course_test_not_done";

    /// <summary>The course (or the program, or the role) credits no more: 最多认定 N 学时.</summary>
    public const string CapReached = "credit.cap_reached";

    /// <summary>Completed outside the program's window (or the carried-over program's, or before the course opened).</summary>
    public const string OutsideWindow = "credit.outside_window";

    /// <summary>Study minutes short of the next threshold: 已学习 44 分钟，满 45 分钟可认定 1 学时.</summary>
    public const string MinutesShort = "credit.minutes_short";

    /// <summary>The course credited fewer hours than it requires.</summary>
    public const string CourseHoursShort = "credit.course_hours_short";

    /// <summary>The program's total is short of its requirement.</summary>
    public const string HoursShort = "credit.hours_short";

    /// <summary>Fewer lessons than the role requires (心理健康教育专兼职教师须完成最少 15 节).</summary>
    public const string LessonsShort = "credit.lessons_short";

    /// <summary>Required profile fields are empty and credit waits for them.</summary>
    public const string ProfileIncomplete = "credit.profile_incomplete";

    /// <summary>The school has not verified the teacher (待审核, 未提交, 未通过) and credit waits for it.</summary>
    public const string NotVerified = "credit.not_verified";

    /// <summary>The program credits only roles the school verified, and the teacher is verified in none.</summary>
    public const string RoleNotVerified = "credit.role_not_verified";

    /// <summary>The course is in the program's outline but the rule set has no rule for it.</summary>
    public const string NoRule = "credit.no_rule";

    /// <summary>The program has no published rule set yet: progress is shown, nothing is credited.</summary>
    public const string RulesNotPublished = "credit.rules_not_published";
}
