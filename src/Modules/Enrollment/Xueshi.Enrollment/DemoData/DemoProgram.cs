using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.DemoData;

/// <summary>
/// 演示专题: open now, with real short videos a person can finish in a few minutes, one with a quiz,
/// a text resource, an extension resource and a course test, so every rule can be tried by hand.
/// </summary>
internal static class DemoProgram
{
    public const string Title = "演示专题：平台学习规则体验";

    /// <summary>The window runs from a week before the seeding day to 90 days after it (China Standard Time).</summary>
    public static (DateOnly StartsOn, DateOnly EndsOn) WindowAround(DateTimeOffset now)
    {
        var today = StudyWindow.DateAt(now);
        return (today.AddDays(-7), today.AddDays(90));
    }

    public static ProgramDetails Details(DateTimeOffset now, Guid? cover)
    {
        var (starts, ends) = WindowAround(now);
        return new ProgramDetails(null, Title,
            "用几分钟体验平台的学习规则：完整观看视频、完成视频结尾的测试题并看完剩余视频，才可获得该视频对应的学时；" +
            "文本资源需阅读满规定时间；拓展资源只记录学习时长，不认定学时。",
            // Certificates from the first day, unlike the real editions (after the window): the demo is meant to be clicked
            // through to the claimed certificate in minutes.
            cover, Audience.BasicEducation, starts, ends, starts,
            new SchoolSystemPolicy(SchoolSystemPolicy.BasicEducation, SchoolSystemPolicy.BasicEducationRefusal, null),
            [AccountIdentity.Teacher, AccountIdentity.Researcher, AccountIdentity.ItStaff, AccountIdentity.Manager], [],
            new SupportContact("4001910910", "工作日 8:30-17:00", "4001910910"));
    }

    public static TrainingProgram Add(CatalogBuilder b, DemoCatalogMedia media, DateTimeOffset now)
    {
        var program = b.Program(Details(now, media.Cover));

        var basics = b.Course("平台学习规则入门", "认识专题、课程与学习资源，了解学时如何认定。",
            new Lecturer("王明", "高级教师", "示例市教师发展中心"));
        var first = b.Chapter(basics, "第一章 认识平台", 1);
        b.Video(first, 1, "第1节 专题与课程", media.Video(0));
        b.Video(first, 2, "第2节 视频与测试题", media.Video(1), DemoQuizzes.EndOfVideo(media.Video(1).DurationSeconds, now));
        var second = b.Chapter(basics, "第二章 阅读与测试", 2);
        b.Text(second, 1, "第1节 学时认定规则（文本）",
            "<h3>学时认定规则</h3><p>必须完整观看完所选视频，才可获得该视频对应的学时。</p>" +
            "<p>视频结尾有测试题的，须完成测试题，并看完测试题后剩余的视频。</p><p>文本资源须阅读满规定时间。</p>",
            minReadingSeconds: 30, studyMinutes: 3);
        b.CourseTest(second, 2, "课程测试");
        b.Include(program, basics, 1);

        var extension = b.Course("拓展学习", "拓展资源只记录学习时长，不认定学时。",
            new Lecturer("李华", "讲师", "示例师范大学"));
        var reading = b.Chapter(extension, "第一章 拓展资源", 1);
        b.Video(reading, 1, "第1节 拓展视频", media.Video(2), isExtension: true);
        b.Pdf(reading, 2, "第2节 拓展阅读（PDF）", minReadingSeconds: 30, studyMinutes: 2, isExtension: true);
        b.Include(program, extension, 2);

        if (media.Lecture is { } lecture)
        {
            var talk = b.Course("完整讲座（45分钟）", "一段45分钟的讲座：完整观看后计入45分钟已学习。开发环境中可用测试时钟在几秒内看完（见 README）。",
                new Lecturer("赵敏", "教授", "示例师范大学"));
            var whole = b.Chapter(talk, "第一章 讲座", 1);
            b.Video(whole, 1, "第1节 讲座全程", lecture);
            b.Include(program, talk, 3);
        }

        return program;
    }
}
