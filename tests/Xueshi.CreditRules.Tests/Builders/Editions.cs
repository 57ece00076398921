using Xueshi.CreditRules.DemoData;
using Xueshi.CreditRules.Domain;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Tests.Builders;

/// <summary>
/// The demo programs as their outlines come from Enrollment (titles, windows, opening days, carried courses),
/// with resources long enough to test the manuals' minutes (44 + 1 minutes, 二十大 44 + 1 + 44 + 1).
/// </summary>
internal sealed class Edition
{
    private readonly ProgramBuilder program;
    private readonly Dictionary<string, CourseBuilder> courses = [];
    private ProgramOutline? outline;

    private Edition(string title, DateOnly starts, DateOnly ends) => program = new ProgramBuilder(title, starts, ends);

    public ProgramOutline Outline => outline ??= program.Build();

    public RuleSet Rules => EditionRuleSets.For(Outline) ?? throw new InvalidOperationException($"No rules for {Outline.Title}");

    public CourseBuilder this[string course] => courses[course];

    public IReadOnlyList<ResourceFacts> AllVideos => [.. courses.Values.SelectMany(c => c.Resources).Where(r => r.Kind == ResourceKind.Video)];

    public IReadOnlyList<ResourceFacts> Videos(string course) => [.. courses[course].Resources.Where(r => r.Kind == ResourceKind.Video)];

    public ResourceFacts Test(string course) => courses[course].Resources.Single(r => r.Kind == ResourceKind.CourseTest);

    private CourseBuilder Add(string title, DateOnly? opensOn = null)
    {
        var course = program.Course(title, opensOn);
        courses[title] = course;
        return course;
    }

    public static readonly string[] Winter2023Courses = ["教师直播教学安全", "学习宣传贯彻党的二十大精神", "师德典型引领", "教师关爱讲堂", "黄大年团队建设引领教师发展"];

    /// <summary>001: every course 44 + 1 minutes, 二十大 44 + 1 + 44 + 1; a course test each; four courses open on 5 Jan 2023.</summary>
    public static Edition Winter2023(string title)
    {
        var edition = new Edition(title, new DateOnly(2022, 12, 2), new DateOnly(2023, 2, 28));
        foreach (var name in Winter2023Courses)
        {
            var course = edition.Add(name, name == "教师直播教学安全" ? null : new DateOnly(2023, 1, 5));
            course.Video(44);
            course.Video(1);
            if (name == EditionRuleSets.TwentiethCongress)
            {
                course.Video(44);
                course.Video(1);
            }

            course.CourseTest();
        }

        return edition;
    }

    public static readonly string[] Summer2023Carried = ["思想铸魂", "固本强基", "以案促学", "师德引领"];
    public static readonly string[] Summer2023Own = ["学科教学能力提升", "数字素养提升", "综合育人能力提升", "科学素养提升"];

    /// <summary>003: four courses carried over from the June–July program (one video with a quiz and an extension text), four of its own (two videos with quizzes).</summary>
    public static Edition Summer2023()
    {
        var edition = new Edition(EditionRuleSets.Summer2023, new DateOnly(2023, 7, 14), new DateOnly(2023, 8, 31));
        foreach (var name in Summer2023Carried)
        {
            var course = edition.Add(name).CarriedFrom(new DateOnly(2023, 6, 1), new DateOnly(2023, 7, 31));
            course.Video(20, quiz: name != "师德引领", extension: name == "师德引领");
            course.Text(5, extension: true);
        }

        foreach (var name in Summer2023Own)
        {
            var course = edition.Add(name);
            course.Video(20, quiz: true);
            course.Video(25, quiz: true);
        }

        return edition;
    }

    /// <summary>004: two courses of twelve lessons (24 > the 20 学时 maximum), each a video with a quiz.</summary>
    public static Edition Psychology2023()
    {
        var edition = new Edition(EditionRuleSets.Psychology2023, new DateOnly(2023, 1, 9), new DateOnly(2023, 2, 28));
        edition.Add("学生心理健康教育").Videos(12, 20, quiz: true);
        edition.Add("班主任心理健康教育能力提升").Videos(12, 20, quiz: true);
        return edition;
    }

    public static readonly string[] Winter2024Courses = ["寒假研修课程（一）", "寒假研修课程（二）", "寒假研修课程（三）"];

    /// <summary>000: three courses of two videos.</summary>
    public static Edition Winter2024()
    {
        var edition = new Edition(EditionRuleSets.Winter2024, new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 31));
        foreach (var name in Winter2024Courses)
        {
            edition.Add(name).Videos(2, 30);
        }

        return edition;
    }

    public static readonly string[] Summer2025Courses = ["大力弘扬教育家精神", "数字素养提升", "科学素养提升", "心理健康教育能力提升", "学科教学能力提升"];

    /// <summary>002: five courses of two videos.</summary>
    public static Edition Summer2025()
    {
        var edition = new Edition(EditionRuleSets.Summer2025, new DateOnly(2025, 7, 20), new DateOnly(2025, 9, 30));
        foreach (var name in Summer2025Courses)
        {
            edition.Add(name).Videos(2, 30);
        }

        return edition;
    }

    /// <summary>演示专题: two short videos (one with a quiz), a text and a course test; an extension course; a 45-minute lecture.</summary>
    public static Edition Demo()
    {
        var edition = new Edition(EditionRuleSets.Demo, new DateOnly(2026, 11, 19), new DateOnly(2027, 2, 24));
        var basics = edition.Add("平台学习规则入门");
        basics.Video(2);
        basics.Video(3, quiz: true);
        basics.Text(3);
        basics.CourseTest();
        var extension = edition.Add("拓展学习");
        extension.Video(2, extension: true);
        extension.Text(2, extension: true);
        edition.Add("完整讲座（45分钟）").Video(45);
        return edition;
    }
}
