using Xueshi.CreditRules.Domain;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.DemoData;

/// <summary>
/// The published rule set of each demo program, read from its manual (shared/seeds) and built from its
/// outline by program and course titles. The titles are copied from Enrollment's demo data (this module may
/// not reference its implementation); a program or course not known here gets no rule.
/// </summary>
internal static class EditionRuleSets
{
    public const string Demo = "演示专题：平台学习规则体验";
    public const string Winter2023Basic = "2023年寒假教师研修（基础教育）";
    public const string Winter2023Higher = "2023年寒假教师研修（高等教育）";
    public const string Winter2023Vocational = "2023年寒假教师研修（职业教育）";
    public const string Ethics2023 = "师德集中学习教育";
    public const string Summer2023 = "2023年暑期教师研修";
    public const string Psychology2023 = "心理健康教育教师培训";
    public const string Winter2024 = "2024年寒假教师研修";
    public const string Summer2025 = "2025年暑期教师研修";

    public const string TwentiethCongress = "学习宣传贯彻党的二十大精神";

    private static readonly string[] Winter2023Others = ["教师直播教学安全", "师德典型引领", "教师关爱讲堂", "黄大年团队建设引领教师发展"];

    public static RuleSet? For(ProgramOutline outline) => outline.Title switch
    {
        Demo => DemoProgram(outline),
        Winter2023Basic => Winter2023(outline, courseTestGates: false),
        Winter2023Higher or Winter2023Vocational => Winter2023(outline, courseTestGates: true),
        Ethics2023 => Ethics(outline),
        Summer2023 => Summer(outline),
        Psychology2023 => Psychology(outline),
        Winter2024 => Winter2024Rules(outline),
        Summer2025 => Summer2025Rules(outline),
        _ => null,
    };

    /// <summary>演示专题: finished in minutes; the two videos of the first course give its 1 学时.</summary>
    private static RuleSet DemoProgram(ProgramOutline outline)
    {
        var courses = new List<CourseRule>();
        foreach (var course in outline.Courses)
        {
            switch (course.Title)
            {
                case "平台学习规则入门":
                    var videos = Creditable(course).Where(r => r.Kind == ResourceKind.Video).ToList();
                    courses.Add(new CourseRule(course.CourseId, 1, 1,
                        new CreditBasis(CreditBasisKind.PerResource, null, [.. videos.Select(v => new ResourceCredit(v.ResourceId, 0.5m))], 0, null),
                        QuizzesGate: true, CourseTestGates: false, IsExtension: false));
                    break;
                case "完整讲座（45分钟）":
                    courses.Add(Minutes(course, 0, 1, (45, 1)));
                    break;
                case "拓展学习":
                    courses.Add(Extension(course));
                    break;
            }
        }

        return new RuleSet(
            "《平台学习规则入门》认定 1 学时：完整观看两个视频（有测试题的须完成测试题并看完剩余视频），每个视频认定 0.5 学时；" +
            "文本资源与课程测试不认定学时。《完整讲座（45分钟）》为选学课程，累计学习满 45 分钟认定 1 学时。" +
            "《拓展学习》为拓展课程，只记录学习时长，不认定学时。完成本专题，认定 1 学时；个人信息完善且经学校管理员审核认证通过后，学时才可以被认定。",
            1, null, RuleSet.DefaultMinutesPerHour, CreditWaitsForCompleteProfile: true, CreditWaitsForVerification: true, [], courses);
    }

    /// <summary>
    /// 001: 二十大 2 学时 for ≥ 90 minutes, the other four 1 学时 for ≥ 45 minutes, 6 学时 in all. Whether
    /// 45–89 minutes of 二十大 give 1 学时 is not stated: we read 1 学时 per 45 minutes, capped at 2, and say so.
    /// Higher education and vocational add "完成试题后可获得": the course test gates the hours.
    /// </summary>
    private static RuleSet Winter2023(ProgramOutline outline, bool courseTestGates)
    {
        var courses = new List<CourseRule>();
        foreach (var course in outline.Courses)
        {
            if (course.Title == TwentiethCongress)
            {
                courses.Add(Minutes(course, 2, 2, (45, 1), (90, 2)) with { CourseTestGates = courseTestGates });
            }
            else if (Winter2023Others.Contains(course.Title))
            {
                courses.Add(Minutes(course, 1, 1, (45, 1)) with { CourseTestGates = courseTestGates });
            }
        }

        var description = courseTestGates
            ? "完成本次寒假教师专题研修网课专题培训，最高可获 6 学时。其中，《学习宣传贯彻党的二十大精神》，可认定 2 学时（须学习不少于 90 分钟，且完成试题后可获得）。" +
              "其他课程可认定学时上限为 1 学时（在该门课程内完成若干内容、累计不少于 45 分钟的学习，且完成试题后可获得）。" +
              "学时累积到达上限后，您可继续学习，平台将持续为您记录学习时长。" +
              "（本平台的读法：《学习宣传贯彻党的二十大精神》每学习 45 分钟认定 1 学时，最多 2 学时。网课专题培训不单独提供电子学习证书。）"
            : "完成本专题研修，平台为教师认定 6 学时。其中“学习宣传贯彻党的二十大精神”可认定 2 学时（须学习不少于 90 分钟），" +
              "其他每门课程可认定 1 学时（每门课须学习不少于 45 分钟）。获得认定学时后，您可继续学习，平台将继续记录您的学习时长。" +
              "教师需要学习 5 门课程，认定 6 个学时，才能结业，获得电子学习证书；个人信息须经学校管理员审核通过。" +
              "（本平台的读法：“学习宣传贯彻党的二十大精神”每学习 45 分钟认定 1 学时，最多 2 学时。）";
        return new RuleSet(description, 6, 6, RuleSet.DefaultMinutesPerHour,
            CreditWaitsForCompleteProfile: true, CreditWaitsForVerification: !courseTestGates, [], courses);
    }

    /// <summary>The June–July program: its four courses credit what the summer manual (003) gives them there.</summary>
    private static RuleSet Ethics(ProgramOutline outline)
    {
        var courses = new List<CourseRule>();
        foreach (var course in outline.Courses)
        {
            if (SummerCourseHours(course.Title) is { } hours)
            {
                courses.Add(hours == 0 ? Extension(course) : Videos(course, hours, quizzesGate: true));
            }
        }

        return new RuleSet(
            "师德集中学习教育专题：“思想铸魂”认定 2 学时，“固本强基”“以案促学”各认定 1 学时，“师德引领”和文本资源为拓展资源不认定学时。" +
            "必须完整观看完所选视频，并完成视频结尾的测试题，才可获得该视频对应的认定学时。在 6 月-7 月学习所获得的学时将自动计入 2023 年暑期教师研修。",
            courses.Sum(c => c.RequiredHours), null, RuleSet.DefaultMinutesPerHour,
            CreditWaitsForCompleteProfile: true, CreditWaitsForVerification: true, [], courses);
    }

    /// <summary>003: 8 courses, 10 学时; 师德引领 and every text resource are extension resources; every video needs its quiz.</summary>
    private static RuleSet Summer(ProgramOutline outline)
    {
        var courses = new List<CourseRule>();
        foreach (var course in outline.Courses)
        {
            if (SummerCourseHours(course.Title) is { } hours)
            {
                courses.Add(hours == 0 ? Extension(course) : Videos(course, hours, quizzesGate: true));
            }
        }

        return new RuleSet(
            "完成本专题学习，平台为教师认定 10 学时。其中“思想铸魂”认定 2 学时，“学科教学能力提升”认定 3 学时，“师德引领”和文本资源为拓展资源不认定学时，" +
            "其他课程各认定 1 学时。“思想铸魂”“固本强基”“以案促学”“师德引领”4 门课为“师德集中学习教育”专题的课程，在 6 月-7 月学习所获得的学时将自动计入本专题。" +
            "必须完整观看完所选视频，并完成视频结尾的测试题，才可获得该视频对应的认定学时。教师身份须经学校管理员审核认证通过后方可获得电子学习证书。" +
            "获得认定学时后，您可继续学习，平台将继续记录您的学习时长。（学员手册未列出每个视频的学时，本平台将课程学时平均分配给课程的视频。）",
            10, 10, RuleSet.DefaultMinutesPerHour, CreditWaitsForCompleteProfile: true, CreditWaitsForVerification: true, [], courses);
    }

    private static decimal? SummerCourseHours(string title) => title switch
    {
        "思想铸魂" => 2,
        "学科教学能力提升" => 3,
        "固本强基" or "以案促学" or "数字素养提升" or "综合育人能力提升" or "科学素养提升" => 1,
        "师德引领" => 0,
        _ => null,
    };

    /// <summary>004: 1 学时 per lesson (quiz and the rest of the video); roles as the school verified them.</summary>
    private static RuleSet Psychology(ProgramOutline outline)
    {
        var courses = outline.Courses
            .Select(c => new CourseRule(c.CourseId, 0, null, new CreditBasis(CreditBasisKind.PerLesson, null, null, null, 1),
                QuizzesGate: true, CourseTestGates: false, IsExtension: false))
            .ToList();
        return new RuleSet(
            "必须完成所选课程视频中的测试题，并看完测试题后剩余的视频，才可获得该课程视频的学时。每节课的认定学时均为 1 学时。" +
            "心理健康教育专兼职教师须选学完成最少 15 节课程，认定学时为 15-20 学时；班主任须选学完成最少 10 节课程，认定学时为 10-20 学时。" +
            "研修结束后，平台将为学校管理员审核认定为心理健康教育专兼职教师、班主任的教师提供电子学习证书。" +
            "非心理健康教育专兼职教师、班主任只记录学习时长，不提供学习证书。请完善个人信息后再进入学习，否则无法认定培训学时。",
            10, 20, RuleSet.DefaultMinutesPerHour,
            // The roles are the ones the school verified (false whenever not approved): they carry the verification.
            CreditWaitsForCompleteProfile: true, CreditWaitsForVerification: false,
            [
                new RoleRequirement(TeacherRole.PsychologyTeacher, 15, 15, 20),
                new RoleRequirement(TeacherRole.HeadTeacher, 10, 10, 20),
            ],
            courses);
    }

    /// <summary>000: three courses of 2 学时, 6 in all; a video credits only when watched whole.</summary>
    private static RuleSet Winter2024Rules(ProgramOutline outline)
    {
        var courses = outline.Courses.Select(c => Videos(c, 2, quizzesGate: false)).ToList();
        return new RuleSet(
            "本专题提供了 3 门课程，每门课程各认定 2 学时。完成本专题学习，平台为教师认定 6 学时。必须完整观看完所选视频，才可获得该视频对应的认定学时。" +
            "从 2024 年 3 月 1 日起，平台将为获得 6 个认定学时且身份经学校管理员审核认证通过的教师提供电子学习证书。" +
            "获得认定学时后，您可继续学习，平台将继续记录您的学习时长。（学员手册未列出每个视频的学时，本平台将课程学时平均分配给课程的视频。）",
            6, 6, RuleSet.DefaultMinutesPerHour, CreditWaitsForCompleteProfile: true, CreditWaitsForVerification: true, [], courses);
    }

    /// <summary>002: five courses, 10 学时.</summary>
    private static RuleSet Summer2025Rules(ProgramOutline outline)
    {
        var courses = new List<CourseRule>();
        foreach (var course in outline.Courses)
        {
            decimal? hours = course.Title switch
            {
                "大力弘扬教育家精神" or "数字素养提升" or "心理健康教育能力提升" => 2,
                "科学素养提升" => 1,
                "学科教学能力提升" => 3,
                _ => null,
            };
            if (hours is { } h)
            {
                courses.Add(Videos(course, h, quizzesGate: false));
            }
        }

        return new RuleSet(
            "完成本专题研修，平台为教师认定 10 学时，其中“大力弘扬教育家精神”认定 2 学时、“数字素养提升”认定 2 学时、“科学素养提升”认定 1 学时、" +
            "“心理健康教育能力提升”认定 2 学时、“学科教学能力提升”认定 3 学时。必须完整观看完所选视频，才可获得该视频对应的认定学时。" +
            "从 2025 年 9 月 15 日起，平台将为获得 10 个认定学时且身份经学校管理员审核认证通过的教师提供电子学习证书。" +
            "获得认定学时后，您可继续学习，平台将继续记录您的学习时长。（学员手册未列出每个视频的学时，本平台将课程学时平均分配给课程的视频。）",
            10, 10, RuleSet.DefaultMinutesPerHour, CreditWaitsForCompleteProfile: true, CreditWaitsForVerification: true, [], courses);
    }

    private static CourseRule Minutes(OutlineCourse course, decimal required, decimal max, params (int Minutes, decimal Hours)[] thresholds) =>
        new(course.CourseId, required, max,
            new CreditBasis(CreditBasisKind.StudyMinutes, [.. thresholds.Select(t => new MinutesThreshold(t.Minutes, t.Hours))], null, null, null),
            QuizzesGate: false, CourseTestGates: false, IsExtension: false);

    /// <summary>
    /// A course whose hours come from its videos: the manuals give a course's hours, not each video's, so the
    /// course's hours are shared evenly among its creditable videos (the last takes what rounding leaves).
    /// </summary>
    private static CourseRule Videos(OutlineCourse course, decimal hours, bool quizzesGate)
    {
        var videos = Creditable(course).Where(r => r.Kind == ResourceKind.Video).ToList();
        var each = videos.Count == 0 ? 0 : Math.Round(hours / videos.Count, 2);
        var listed = videos.Select((v, i) => new ResourceCredit(v.ResourceId, i == videos.Count - 1 ? hours - (each * (videos.Count - 1)) : each));
        return new CourseRule(course.CourseId, hours, hours,
            new CreditBasis(CreditBasisKind.PerResource, null, [.. listed], 0, null),
            quizzesGate, CourseTestGates: false, IsExtension: false);
    }

    private static CourseRule Extension(OutlineCourse course) =>
        new(course.CourseId, 0, 0, new CreditBasis(CreditBasisKind.PerResource, null, [], 0, null),
            QuizzesGate: false, CourseTestGates: false, IsExtension: true);

    private static IEnumerable<ResourceFacts> Creditable(OutlineCourse course) =>
        course.Resources.Where(r => !r.IsArchived && !r.IsExtension && r.Kind != ResourceKind.CourseTest);
}
