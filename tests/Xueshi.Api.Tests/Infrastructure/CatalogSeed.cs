using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>What a seeded program holds: one course of one chapter with a video that has a quiz, a text, an extension video and an archived video.</summary>
internal sealed record SeededProgram(
    Guid ProgramId,
    Guid CourseId,
    Guid ChapterId,
    Guid QuizVideoId,
    Guid TextId,
    Guid ExtensionId,
    Guid ArchivedId,
    Guid CorrectOptionId,
    Guid WrongOptionId);

/// <summary>
/// Catalog rows written with the Enrollment module's own domain factories through its DbContext: the
/// operator console that creates them is another use case. Everything a test then checks goes through HTTP.
/// </summary>
internal static class CatalogSeed
{
    public const string QuizQuestionText = "课堂提问时应当怎样做？";
    public const string CorrectOptionText = "给学生充分的思考时间";

    /// <summary>Today in Beijing by the Host's clock: windows are whole days there.</summary>
    public static DateOnly Today(XueshiApiFactory factory) => StudyWindow.DateAt(factory.Clock.GetUtcNow());

    public static async Task<SeededProgram> ProgramAsync(
        XueshiApiFactory factory,
        string title,
        DateOnly startsOn,
        DateOnly endsOn,
        ProgramState state = ProgramState.Published,
        SchoolSystemPolicy? schoolSystems = null,
        IReadOnlyList<AccountIdentity>? identities = null,
        IReadOnlyList<ProgramProfileField>? requiredFields = null,
        Guid? trainingId = null,
        DateOnly? courseOpensOn = null,
        Audience audience = Audience.BasicEducation,
        string courseTitle = "课堂提问的艺术",
        DateOnly? certificateDate = null,
        bool withCertificate = true)
    {
        var now = factory.Clock.GetUtcNow();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();

        var program = TrainingProgram.CreateDraft(new ProgramDetails(trainingId, title, $"{title}的专题介绍。", null, audience, startsOn, endsOn,
            withCertificate ? certificateDate ?? endsOn.AddDays(10) : null, schoolSystems ?? SchoolSystemPolicy.AdmitAll, identities ?? [AccountIdentity.Teacher], requiredFields ?? [],
            new SupportContact("400-606-3368", "工作日 9:00-17:00", "123456789")), now);
        if (state != ProgramState.Draft)
        {
            program.Publish(now);
        }

        if (state == ProgramState.Closed)
        {
            program.Close(now);
        }

        var course = Course.Create(courseTitle, "怎样提问，学生才会思考。",
            [new Lecturer("王教授", "教授", "北京师范大学"), new Lecturer("李老师", "高级教师", "济南市历下区实验小学")], now);
        var chapter = Chapter.Create(course.Id, "第一章 提问的准备", 1, now);
        var correct = Guid.CreateVersion7();
        var wrong = Guid.CreateVersion7();
        var quiz = new Quiz(110, [new QuizQuestion(Guid.CreateVersion7(), QuestionKind.SingleChoice, QuizQuestionText,
            [new QuizOption(correct, CorrectOptionText), new QuizOption(wrong, "立即公布答案")], [correct])]);
        var video = Resource.Create(course.Id, chapter.Id, 1,
            new ResourceContent("第一节 为什么提问", ResourceKind.Video, false, Guid.CreateVersion7(), 120, Quiz: quiz), now);
        var text = Resource.Create(course.Id, chapter.Id, 2,
            new ResourceContent("第二节 提问清单", ResourceKind.Text, false, TextBody: "<p>清单</p>", MinReadingSeconds: 60, StudyMinutes: 5), now);
        var extension = Resource.Create(course.Id, chapter.Id, 3,
            new ResourceContent("拓展：名师课堂实录", ResourceKind.Video, true, Guid.CreateVersion7(), 60.5), now);
        var archived = Resource.Create(course.Id, chapter.Id, 4,
            new ResourceContent("已下线的旧视频", ResourceKind.Video, false, Guid.CreateVersion7(), 30), now);
        archived.Archive(now);

        db.Programs.Add(program);
        db.Courses.Add(course);
        db.Chapters.Add(chapter);
        db.Resources.AddRange(video, text, extension, archived);
        db.ProgramCourses.Add(ProgramCourse.Create(program.Id, course.Id, 1, courseOpensOn, null));
        await db.SaveChangesAsync();
        return new SeededProgram(program.Id, course.Id, chapter.Id, video.Id, text.Id, extension.Id, archived.Id, correct, wrong);
    }

    /// <summary>Includes an existing course in another program (a shared course), optionally carried over from its first program.</summary>
    public static async Task AttachCourseAsync(XueshiApiFactory factory, Guid programId, Guid courseId, int position, DateOnly? opensOn = null,
        Guid? carriedFromProgramId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        db.ProgramCourses.Add(ProgramCourse.Create(programId, courseId, position, opensOn, carriedFromProgramId));
        await db.SaveChangesAsync();
    }

    public static async Task<Guid> TrainingAsync(XueshiApiFactory factory, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        var training = Training.Create(title, $"{title}介绍", factory.Clock.GetUtcNow());
        db.Trainings.Add(training);
        await db.SaveChangesAsync();
        return training.Id;
    }

    /// <summary>A program open today (from yesterday to ten days on), published.</summary>
    public static Task<SeededProgram> OpenProgramAsync(XueshiApiFactory factory, string title, SchoolSystemPolicy? schoolSystems = null,
        IReadOnlyList<AccountIdentity>? identities = null, IReadOnlyList<ProgramProfileField>? requiredFields = null, DateOnly? courseOpensOn = null)
    {
        var today = Today(factory);
        return ProgramAsync(factory, title, today.AddDays(-1), today.AddDays(10), schoolSystems: schoolSystems, identities: identities,
            requiredFields: requiredFields, courseOpensOn: courseOpensOn);
    }

    public static Task<long> OutboxCountAsync(string connectionString, string eventType, Guid teacherId, Guid programId) =>
        DirectorySql.ScalarAsync<long>(connectionString,
            "SELECT count(*) FROM enrollment.outbox_messages WHERE type LIKE @type AND payload->>'teacherId' = @teacher AND payload->>'programId' = @program",
            ("type", $"%{eventType}%"), ("teacher", teacherId.ToString()), ("program", programId.ToString()));

    public static Task<long> EnrollmentRowsAsync(string connectionString, Guid teacherId) =>
        DirectorySql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM enrollment.enrollments WHERE teacher_id = @teacher", ("teacher", teacherId));
}
