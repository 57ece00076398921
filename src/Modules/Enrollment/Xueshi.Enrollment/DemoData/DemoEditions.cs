using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.DemoData;

/// <summary>
/// The six editions in DOMAIN.md as real programs, with the windows, course names, opening dates and
/// support contacts their manuals (shared/seeds) give. Their resources are placeholders reusing the
/// demo media; the hours each course credits are the Credit rules module's data, not the catalog's.
/// </summary>
internal static class DemoEditions
{
    public const string Winter2023Training = "2023年寒假教师研修";
    public const string Winter2023Basic = "2023年寒假教师研修（基础教育）";
    public const string Winter2023Higher = "2023年寒假教师研修（高等教育）";
    public const string Winter2023Vocational = "2023年寒假教师研修（职业教育）";
    public const string Ethics2023 = "师德集中学习教育";
    public const string Summer2023 = "2023年暑期教师研修";
    public const string Psychology2023 = "心理健康教育教师培训";
    public const string Winter2024 = "2024年寒假教师研修";
    public const string Summer2025 = "2025年暑期教师研修";

    public static readonly string[] ProgramTitles =
        [Winter2023Basic, Winter2023Higher, Winter2023Vocational, Ethics2023, Summer2023, Psychology2023, Winter2024, Summer2025];

    private static readonly SupportContact Hotline4008980910 = new("4008980910", "工作日 8:30-17:00", "4008980910");
    private static readonly SupportContact Hotline4001910910 = new("4001910910", "工作日 8:30-17:00", "4001910910");
    private static readonly SupportContact HigherEducationLine = new("4008757650", "工作日 8:30-17:30", null);

    public static void Add(CatalogBuilder b, Training winterTraining, Guid? coverMediaId)
    {
        AddWinter2023(b, winterTraining, coverMediaId);
        AddEthicsAndSummer2023(b, coverMediaId);
        AddPsychology2023(b, coverMediaId);
        AddWinter2024(b, coverMediaId);
        AddSummer2025(b, coverMediaId);
    }

    private static ProgramDetails Details(
        string title, string description, Audience audience, DateOnly starts, DateOnly ends, DateOnly? certificate,
        SchoolSystemPolicy systems, SupportContact support, Guid? cover, Guid? trainingId = null,
        IReadOnlyList<ProgramProfileField>? required = null) =>
        new(trainingId, title, description, cover, audience, starts, ends, certificate, systems, [AccountIdentity.Teacher],
            required ?? [], support);

    private static SchoolSystemPolicy BasicEducationOnly =>
        new(SchoolSystemPolicy.BasicEducation, SchoolSystemPolicy.BasicEducationRefusal, null);

    /// <summary>001: one training, three audience programs sharing five courses; four of them open on 5 Jan 2023.</summary>
    private static void AddWinter2023(CatalogBuilder b, Training training, Guid? cover)
    {
        var starts = new DateOnly(2022, 12, 2);
        var ends = new DateOnly(2023, 2, 28);
        var fourOpen = new DateOnly(2023, 1, 5);
        const string about = "寒假研修时间为 2022 年 12 月 2 日至 2023 年 2 月 28 日，教师需在此时间段内进行在线学习，在这之后将无法继续学习。" +
            "“教师直播教学安全”课程于 2022 年 12 月 2 日开放学习，其他 4 门课程于 2023 年 1 月 5 日开放学习。";

        var vocational = b.Program(Details(Winter2023Vocational,
            about + "网课专题培训仅作为寒假研修的先导课程，不单独提供电子学习证书，待寒假研修所有专题培训结束后将统一发放证书。",
            Audience.Vocational, starts, ends, null,
            new SchoolSystemPolicy(SchoolSystemPolicy.VocationalSchools,
                "本专题面向职业学校（含职业本科学校、高职高专学校、中等职业学校、技工学校）教师；部属学校、部省合建学校、省属本科学校和民办本科学校教师请进入高等教育教师研修。",
                null),
            HigherEducationLine, cover, training.Id));
        var higher = b.Program(Details(Winter2023Higher,
            about + "网课专题培训仅作为寒假研修的先导课程，不单独提供电子学习证书，待寒假研修所有专题培训结束后将统一发放证书。",
            Audience.HigherEducation, starts, ends, null,
            new SchoolSystemPolicy([SchoolSystem.HigherEducation],
                "本专题面向部属学校、部省合建学校、省属本科学校和民办本科学校教师。若您所在学校属于职业学校（含职业本科学校、高职高专学校、中等职业学校、技工学校），请进入职业教育教师研修。",
                vocational.Id),
            HigherEducationLine, cover, training.Id));
        var basic = b.Program(Details(Winter2023Basic,
            about + "完成本专题研修，平台为教师认定 6 学时；研修结束后，平台将为结业教师提供电子学习证书。",
            Audience.BasicEducation, starts, ends, new DateOnly(2023, 3, 1), BasicEducationOnly, Hotline4008980910, cover, training.Id));

        string[] titles = ["教师直播教学安全", "学习宣传贯彻党的二十大精神", "师德典型引领", "教师关爱讲堂", "黄大年团队建设引领教师发展"];
        for (var i = 0; i < titles.Length; i++)
        {
            var course = b.Course(titles[i], $"2023年寒假教师研修课程：{titles[i]}。");
            var chapter = b.Chapter(course, "第一章", 1);
            // The hours come from study minutes (≥ 45, and ≥ 90 for 二十大): short placeholders could never reach them,
            // and the operator could not save these programs' rules again (a total the courses cannot reach is refused).
            if (b.Lecture is { } lecture)
            {
                b.Video(chapter, 1, $"{titles[i]}（一）", lecture);
                if (i == 1)
                {
                    b.Video(chapter, 2, $"{titles[i]}（二）", lecture);
                }
                else
                {
                    b.Video(chapter, 2, $"{titles[i]}（二）");
                }
            }
            else
            {
                b.Video(chapter, 1, $"{titles[i]}（一）");
                b.Video(chapter, 2, $"{titles[i]}（二）");
            }

            b.CourseTest(b.Chapter(course, "课程测试", 2), 1, "课程测试");
            var opensOn = i == 0 ? (DateOnly?)null : fourOpen;
            foreach (var program in new[] { basic, higher, vocational })
            {
                b.Include(program, course, i + 1, opensOn);
            }
        }
    }

    /// <summary>003: the June–July 师德集中学习教育 program, and the summer program that carries four of its courses over.</summary>
    private static void AddEthicsAndSummer2023(CatalogBuilder b, Guid? cover)
    {
        // The summer manual says only "6 月-7 月" for the earlier program's study.
        var ethics = b.Program(Details(Ethics2023, "师德集中学习教育专题，2023 年 6 月-7 月开展。",
            Audience.BasicEducation, new DateOnly(2023, 6, 1), new DateOnly(2023, 7, 31), null, BasicEducationOnly, Hotline4001910910, cover));
        var summer = b.Program(Details(Summer2023,
            "本专题提供了 8 门课程。其中“思想铸魂”“固本强基”“以案促学”“师德引领”4 门课为“师德集中学习教育”专题的课程，在 6 月-7 月学习所获得的学时将自动计入本专题。" +
            "必须完整观看完所选视频，并完成视频结尾的测试题，才可获得该视频对应的认定学时。教师身份须经学校管理员审核认证通过后方可获得电子学习证书。",
            Audience.BasicEducation, new DateOnly(2023, 7, 14), new DateOnly(2023, 8, 31), new DateOnly(2023, 9, 1), BasicEducationOnly,
            new SupportContact("4001910910", "工作日 8:30-17:00", "4008980910"), cover));

        var position = 1;
        foreach (var title in new[] { "思想铸魂", "固本强基", "以案促学", "师德引领" })
        {
            var course = b.Course(title, $"“师德集中学习教育”专题课程：{title}。");
            var chapter = b.Chapter(course, "第一章", 1);
            var extension = title == "师德引领";
            b.Video(chapter, 1, $"{title}（一）", isExtension: extension, withQuiz: !extension);
            b.Text(chapter, 2, $"{title}：拓展阅读", "<p>拓展阅读材料。文本资源为拓展资源，只记录学习时长，不认定学时。</p>", 60, 5, isExtension: true);
            b.Include(ethics, course, position);
            b.Include(summer, course, position, carriedFrom: ethics.Id);
            position++;
        }

        foreach (var title in new[] { "学科教学能力提升", "数字素养提升", "综合育人能力提升", "科学素养提升" })
        {
            var course = b.Course(title, $"2023年暑期教师研修课程：{title}。");
            var chapter = b.Chapter(course, "第一章", 1);
            b.Video(chapter, 1, $"{title}（一）", withQuiz: true);
            b.Video(chapter, 2, $"{title}（二）", withQuiz: true);
            b.Include(summer, course, position++);
        }
    }

    /// <summary>004: one hour per completed lesson; psychology teachers need 15 lessons, head teachers 10.</summary>
    private static void AddPsychology2023(CatalogBuilder b, Guid? cover)
    {
        var program = b.Program(Details(Psychology2023,
            "参训对象：幼儿园、中小学、普通高中、特殊教育学校等心理健康教育专兼职教师、中小学班主任。" +
            "必须完成所选课程视频中的测试题，并看完测试题后剩余的视频，才可获得该课程视频的学时。每节课的认定学时均为 1 学时。" +
            "心理健康教育专兼职教师须选学完成最少 15 节课程，认定学时为 15-20 学时；班主任须选学完成最少 10 节课程，认定学时为 10-20 学时。",
            Audience.BasicEducation, new DateOnly(2023, 1, 9), new DateOnly(2023, 2, 28), new DateOnly(2023, 3, 1), BasicEducationOnly,
            Hotline4008980910, cover, required: [ProgramProfileField.IsPsychologyTeacher, ProgramProfileField.IsHeadTeacher]));
        string[] courses = ["学生心理健康教育", "班主任心理健康教育能力提升"];
        for (var c = 0; c < courses.Length; c++)
        {
            var course = b.Course(courses[c], $"心理健康教育教师培训课程：{courses[c]}。");
            var chapter = b.Chapter(course, "第一章", 1);
            for (var lesson = 1; lesson <= 10; lesson++)
            {
                b.Video(chapter, lesson, $"第{lesson}节", withQuiz: true);
            }

            b.Include(program, course, c + 1);
        }
    }

    /// <summary>000: three courses of 2 h; the manual does not name them.</summary>
    private static void AddWinter2024(CatalogBuilder b, Guid? cover)
    {
        var program = b.Program(Details(Winter2024,
            "本专题提供了 3 门课程，每门课程各认定 2 学时，完成本专题学习，平台为教师认定 6 学时。必须完整观看完所选视频，才可获得该视频对应的认定学时。" +
            "从 2024 年 3 月 1 日起，平台将为获得 6 个认定学时且身份经学校管理员审核认证通过的教师提供电子学习证书。（学员手册未列出课程名称，此处为示例课程。）",
            Audience.BasicEducation, new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 31), new DateOnly(2024, 3, 1), BasicEducationOnly,
            Hotline4001910910, cover));
        string[] titles = ["寒假研修课程（一）", "寒假研修课程（二）", "寒假研修课程（三）"];
        for (var i = 0; i < titles.Length; i++)
        {
            var course = b.Course(titles[i], "2024年寒假教师研修示例课程。");
            var chapter = b.Chapter(course, "第一章", 1);
            b.Video(chapter, 1, $"{titles[i]} 视频一");
            b.Video(chapter, 2, $"{titles[i]} 视频二");
            b.Include(program, course, i + 1);
        }
    }

    /// <summary>002: five courses, 10 h in all, several playback speeds; basic-education schools only.</summary>
    private static void AddSummer2025(CatalogBuilder b, Guid? cover)
    {
        var program = b.Program(Details(Summer2025,
            "本专题提供了 5 门课程，完成本专题研修，平台为教师认定 10 学时。必须完整观看完所选视频，才可获得该视频对应的认定学时。" +
            "平台为教师提供多种播放速度。从 2025 年 9 月 15 日起，平台将为获得 10 个认定学时且身份经学校管理员审核认证通过的教师提供电子学习证书。",
            Audience.BasicEducation, new DateOnly(2025, 7, 20), new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 15), BasicEducationOnly,
            Hotline4001910910, cover));
        string[] titles = ["大力弘扬教育家精神", "数字素养提升", "科学素养提升", "心理健康教育能力提升", "学科教学能力提升"];
        for (var i = 0; i < titles.Length; i++)
        {
            var course = b.Course(titles[i], $"2025年暑期教师研修课程：{titles[i]}。");
            var chapter = b.Chapter(course, "第一章", 1);
            b.Video(chapter, 1, $"{titles[i]}（一）");
            b.Video(chapter, 2, $"{titles[i]}（二）");
            b.Include(program, course, i + 1);
        }
    }
}
