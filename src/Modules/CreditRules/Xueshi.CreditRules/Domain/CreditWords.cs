using System.Globalization;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Domain;

/// <summary>
/// The evaluator's reasons in words, Chinese (or English with Accept-Language: en). Figures are always the
/// rule set's own (never a fixed 6 学时), hours printed without trailing zeros (1.5 学时, 2 学时).
/// </summary>
internal static class CreditWords
{
    // Before the reasons below: static fields are set in the order written.
    private static readonly HashSet<CreditReason> Shared = new(ReferenceEqualityComparer.Instance);

    // A reason without figures is the same on every row of every page (300 rows on a large program's):
    // one instance per language, not one per row.
    private static readonly FixedReason ExtensionWords = new(
        CreditReasonCodes.Extension,
        "拓展资源：记录学习时长，不认定学时",
        "Extension resource: study time is recorded, no hours are credited");

    private static readonly FixedReason ExtensionCourseWords = new(
        CreditReasonCodes.Extension,
        "拓展课程：记录学习时长，不认定学时",
        "Extension course: study time is recorded, no hours are credited");

    private static readonly FixedReason NotCompleteWords = new(
        CreditReasonCodes.NotComplete,
        "尚未完成：完成后才能计入学时",
        "Not complete yet: it counts once complete");

    private static readonly FixedReason NotStartedWords = new(
        CreditReasonCodes.NotStarted,
        "尚未开始学习：学完后才能计入学时",
        "Not started yet: it counts once complete");

    private static readonly FixedReason QuizNotDoneWords = new(
        CreditReasonCodes.QuizNotDone,
        "视频已看完，完成视频结尾的测试题后计入学时",
        "The video is watched; complete its quiz for it to count");

    private static readonly FixedReason CourseTestNotDoneWords = new(
        CreditReasonCodes.CourseTestNotDone,
        "完成本课程的课程测试后才能认定学时",
        "Hours of this course are credited once its course test is complete");

    private static readonly FixedReason NoRuleWords = new(
        CreditReasonCodes.NoRule,
        "本课程尚未设置学时认定规则，暂不认定学时",
        "This course has no credit rule yet: no hours are credited");

    /// <summary>One of the shared reasons without figures (the same instance on every page), which a writer may keep encoded.</summary>
    public static bool IsShared(CreditReason reason) => Shared.Contains(reason);

    public static string Hours(decimal hours) => hours.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => Localized.Pick(
        $"{date.Year}年{date.Month}月{date.Day}日",
        date.ToString("d MMM yyyy", CultureInfo.InvariantCulture));

    public static string Days(DateOnly from, DateOnly to) => Localized.Pick($"{Date(from)}至{Date(to)}", $"{Date(from)} – {Date(to)}");

    public static IReadOnlyList<CreditReason> ExtensionOnly() => ExtensionWords.Only;

    public static IReadOnlyList<CreditReason> ExtensionCourseOnly() => ExtensionCourseWords.Only;

    public static CreditReason NotComplete() => NotCompleteWords.Reason;

    public static IReadOnlyList<CreditReason> NotCompleteOnly() => NotCompleteWords.Only;

    public static IReadOnlyList<CreditReason> NotStartedOnly() => NotStartedWords.Only;

    public static CreditReason QuizNotDone() => QuizNotDoneWords.Reason;

    public static CreditReason CourseTestNotDone() => CourseTestNotDoneWords.Reason;

    public static CreditReason CourseCap(decimal max) => new(CreditReasonCodes.CapReached, Localized.Pick(
        $"本课程最多认定 {Hours(max)} 学时，继续学习将记录学习时长",
        $"This course credits at most {Hours(max)} hours; further study time is still recorded"));

    public static CreditReason ProgramCap(decimal max) => new(CreditReasonCodes.CapReached, Localized.Pick(
        $"本专题最多认定 {Hours(max)} 学时，继续学习将记录学习时长",
        $"This program credits at most {Hours(max)} hours; further study time is still recorded"));

    public static CreditReason OutsideWindow(DateOnly from, DateOnly to, StudyWindow? carried) => new(CreditReasonCodes.OutsideWindow, carried is null
        ? Localized.Pick(
            $"完成时间不在认定时间内（{Days(from, to)}，北京时间），不计入学时",
            $"Completed outside the credit window ({Days(from, to)}, China Standard Time): it does not count")
        : Localized.Pick(
            $"完成时间不在认定时间内（{Days(from, to)}，或原专题的{Days(carried.StartsOn, carried.EndsOn)}，北京时间），不计入学时",
            $"Completed outside the credit window ({Days(from, to)}, or the earlier program's {Days(carried.StartsOn, carried.EndsOn)}, China Standard Time): it does not count"));

    public static CreditReason MinutesShort(int minutes, MinutesThreshold next) => new(CreditReasonCodes.MinutesShort, Localized.Pick(
        $"已学习 {minutes} 分钟，满 {next.Minutes} 分钟可认定 {Hours(next.Hours)} 学时",
        $"{minutes} minutes studied; {next.Minutes} minutes credit {Hours(next.Hours)} hours"));

    public static CreditReason CourseHoursShort(decimal credited, decimal required) => new(CreditReasonCodes.CourseHoursShort, Localized.Pick(
        $"本课程已认定 {Hours(credited)} 学时，需认定 {Hours(required)} 学时",
        $"This course credited {Hours(credited)} hours of the {Hours(required)} it requires"));

    public static IReadOnlyList<CreditReason> NoRuleOnly() => NoRuleWords.Only;

    public static CreditReason HoursShort(decimal credited, decimal required) => new(CreditReasonCodes.HoursShort, Localized.Pick(
        $"已认定 {Hours(credited)} 学时，本专题需认定 {Hours(required)} 学时",
        $"{Hours(credited)} hours credited; this program requires {Hours(required)}"));

    public static CreditReason CoursesShort(int count) => new(CreditReasonCodes.HoursShort, Localized.Pick(
        $"还有 {count} 门课程未达到认定学时要求",
        $"{count} course(s) have not reached their required hours"));

    public static string RoleName(TeacherRole role) => role switch
    {
        TeacherRole.PsychologyTeacher => Localized.Pick("心理健康教育专兼职教师", "psychology teacher"),
        _ => Localized.Pick("班主任", "head teacher"),
    };

    public static CreditReason LessonsShort(int lessons, RoleRequirement role) => new(CreditReasonCodes.LessonsShort, Localized.Pick(
        $"已完成 {lessons} 节，{RoleName(role.Role)}须完成至少 {role.MinLessons} 节",
        $"{lessons} lessons complete; a {RoleName(role.Role)} needs at least {role.MinLessons}"));

    public static CreditReason RoleClaimedNotVerified(TeacherRole role) => new(CreditReasonCodes.RoleNotVerified, Localized.Pick(
        $"您填写的身份为{RoleName(role)}，学校管理员审核认定后才能认定学时",
        $"You stated you are a {RoleName(role)}; hours are credited once your school verifies it"));

    public static CreditReason NoRole(IEnumerable<RoleRequirement> roles)
    {
        var zh = string.Join("、", roles.Select(r => RoleName(r.Role)));
        var en = string.Join(" or ", roles.Select(r => RoleName(r.Role)));
        return new(CreditReasonCodes.RoleNotVerified, Localized.Pick(
            $"已记录您的学习时长；本培训只为学校审核认定的{zh}认定学时，其他教师不发放证书",
            $"Your study time is recorded; this training credits hours only to teachers their school verified as {en}, others get no certificate"));
    }

    public static CreditReason ProfileIncomplete(IReadOnlyList<string> missing)
    {
        var names = missing.Select(FieldName).ToList();
        return new(CreditReasonCodes.ProfileIncomplete, names.Count == 0
            ? Localized.Pick("个人信息不完整，完善后才能认定学时", "Your profile is incomplete; hours are credited once it is complete")
            : Localized.Pick(
                $"个人信息不完整（{string.Join("、", names)}），完善后才能认定学时",
                $"Your profile is missing {string.Join(", ", names)}; hours are credited once it is complete"));
    }

    public static CreditReason NotVerified(VerificationStatus status) => new(CreditReasonCodes.NotVerified, status switch
    {
        VerificationStatus.Pending => Localized.Pick(
            "审核认证待审核：学校管理员审核通过后才能认定学时",
            "Verification pending: hours are credited once your school approves it"),
        VerificationStatus.Rejected => Localized.Pick(
            "审核认证未通过：请按学校的意见修改个人信息后重新提交",
            "Verification was rejected: correct your profile as your school asks and submit it again"),
        _ => Localized.Pick(
            "尚未提交审核认证：请在个人信息中选择学校并提交，审核通过后才能认定学时",
            "Verification not submitted: choose your school in your profile and submit it; hours are credited once approved"),
    });

    private static string FieldName(string field) => field switch
    {
        "realName" => Localized.Pick("姓名", "name"),
        "idType" => Localized.Pick("证件类型", "ID type"),
        "idNumber" => Localized.Pick("证件号码", "ID number"),
        "gender" => Localized.Pick("性别", "gender"),
        "ethnicity" => Localized.Pick("民族", "ethnicity"),
        "politicalStatus" => Localized.Pick("政治面貌", "political status"),
        "education" => Localized.Pick("学历", "education"),
        "teacherType" => Localized.Pick("教师类型", "teacher type"),
        "schoolId" => Localized.Pick("所在学校", "school"),
        "stage" => Localized.Pick("学段", "stage"),
        "subject" => Localized.Pick("学科", "subject"),
        "title" => Localized.Pick("职称", "title"),
        "isPsychologyTeacher" => Localized.Pick("是否心理健康教育教师", "psychology teacher or not"),
        "isHeadTeacher" => Localized.Pick("是否担任班主任", "head teacher or not"),
        _ => field,
    };

    /// <summary>A reason without figures, made once in each language; shared, so never to be changed.</summary>
    private sealed class FixedReason(string code, string chinese, string english)
    {
        private readonly CreditReason[] zh = Share(new(code, chinese));
        private readonly CreditReason[] en = Share(new(code, english));

        public CreditReason Reason => Only[0];

        public IReadOnlyList<CreditReason> Only => Localized.IsEnglish ? en : zh;

        private static CreditReason[] Share(CreditReason reason)
        {
            Shared.Add(reason);
            return [reason];
        }
    }
}
