using System.Net;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Persistence;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>One question of a seeded quiz: its options and which of them are correct.</summary>
internal sealed record SeededQuestion(Guid QuestionId, QuestionKind Kind, IReadOnlyList<Guid> OptionIds, IReadOnlyList<Guid> CorrectOptionIds)
{
    public IReadOnlyList<Guid> WrongOptionIds => [.. OptionIds.Except(CorrectOptionIds)];
}

/// <summary>
/// A program for quizzes: a 120 s video with a one-question quiz at 110 s, a 30 s video whose quiz is
/// at its very end, and a course test of three questions (single choice, multiple choice, true/false).
/// </summary>
internal sealed record QuizProgram(
    Guid ProgramId,
    Guid CourseId,
    Guid QuizVideoId,
    SeededQuestion VideoQuestion,
    Guid EndQuizVideoId,
    SeededQuestion EndQuestion,
    Guid CourseTestId,
    IReadOnlyList<SeededQuestion> TestQuestions);

/// <summary>Seeds quiz programs with the Enrollment module's own factories, and calls the quiz API as the player does.</summary>
internal static class QuizApi
{
    public static async Task<QuizProgram> ProgramAsync(XueshiApiFactory factory, string title,
        QuizCompletion completion = QuizCompletion.AllAnswered, IReadOnlyList<AccountIdentity>? identities = null)
    {
        var now = factory.Clock.GetUtcNow();
        var today = CatalogSeed.Today(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();

        var program = TrainingProgram.CreateDraft(new ProgramDetails(null, title, $"{title}的专题介绍。", null, Audience.BasicEducation,
            today.AddDays(-1), today.AddDays(10), today.AddDays(20), SchoolSystemPolicy.AdmitAll, identities ?? [AccountIdentity.Teacher], [],
            new SupportContact("400-606-3368", "工作日 9:00-17:00", "123456789"), new StudySettings(2.0, completion)), now);
        program.Publish(now);
        var course = Course.Create("有效提问", "提问与反馈。", [new Lecturer("王教授", "教授", "北京师范大学")], now);
        var chapter = Chapter.Create(course.Id, "第一章 提问", 1, now);

        var videoQuestion = Question(QuestionKind.SingleChoice, 2, [0]);
        var video = Resource.Create(course.Id, chapter.Id, 1, new ResourceContent("第一节 提问的时机", ResourceKind.Video, false,
            Guid.CreateVersion7(), 120, Quiz: new Quiz(110, [videoQuestion.Question])), now);
        var endQuestion = Question(QuestionKind.TrueFalse, 2, [0]);
        var endVideo = Resource.Create(course.Id, chapter.Id, 2, new ResourceContent("第二节 小结", ResourceKind.Video, false,
            Guid.CreateVersion7(), 30, Quiz: new Quiz(30, [endQuestion.Question])), now);
        var testQuestions = new[]
        {
            Question(QuestionKind.SingleChoice, 4, [1]),
            Question(QuestionKind.MultipleChoice, 4, [0, 2]),
            Question(QuestionKind.TrueFalse, 2, [1]),
        };
        var test = Resource.Create(course.Id, chapter.Id, 3, new ResourceContent("课程测试", ResourceKind.CourseTest, false,
            Quiz: new Quiz(null, [.. testQuestions.Select(q => q.Question)])), now);

        db.Programs.Add(program);
        db.Courses.Add(course);
        db.Chapters.Add(chapter);
        db.Resources.AddRange(video, endVideo, test);
        db.ProgramCourses.Add(ProgramCourse.Create(program.Id, course.Id, 1, null, null));
        await db.SaveChangesAsync();
        return new QuizProgram(program.Id, course.Id, video.Id, videoQuestion.Seeded, endVideo.Id, endQuestion.Seeded, test.Id,
            [.. testQuestions.Select(q => q.Seeded)]);
    }

    private static (QuizQuestion Question, SeededQuestion Seeded) Question(QuestionKind kind, int optionCount, int[] correct)
    {
        var options = Enumerable.Range(1, optionCount).Select(i => new QuizOption(Guid.CreateVersion7(), kind == QuestionKind.TrueFalse
            ? (i == 1 ? "正确" : "错误")
            : $"选项{i}")).ToList();
        var correctIds = correct.Select(i => options[i].Id).ToList();
        var question = new QuizQuestion(Guid.CreateVersion7(), kind, $"{kind}题：下列说法哪项恰当？", options, correctIds);
        return (question, new SeededQuestion(question.Id, kind, [.. options.Select(o => o.Id)], correctIds));
    }

    /// <summary>Every question answered correctly.</summary>
    public static object[] Correctly(IEnumerable<SeededQuestion> questions) =>
        [.. questions.Select(q => new { questionId = q.QuestionId, optionIds = q.CorrectOptionIds })];

    /// <summary>Every question answered, each with one wrong option.</summary>
    public static object[] Wrongly(IEnumerable<SeededQuestion> questions) =>
        [.. questions.Select(q => new { questionId = q.QuestionId, optionIds = new[] { q.WrongOptionIds[0] } })];

    public static Task<HttpResponseMessage> GetQuizAsync(this HttpClient client, string token, Guid playbackId) =>
        client.SendAsAsync(token, HttpMethod.Get, $"/api/v1/playbacks/{playbackId}/quiz");

    public static async Task<JsonElement> GetQuizOkAsync(this HttpClient client, string token, Guid playbackId) =>
        await (await client.GetQuizAsync(token, playbackId)).ReadOkAsync<JsonElement>();

    public static Task<HttpResponseMessage> SubmitAttemptAsync(this HttpClient client, string token, Guid playbackId, object[] answers) =>
        client.SendAsAsync(token, HttpMethod.Post, $"/api/v1/playbacks/{playbackId}/quiz/attempts", new { answers });

    public static async Task<JsonElement> SubmitAttemptOkAsync(this HttpClient client, string token, Guid playbackId, object[] answers) =>
        await (await client.SubmitAttemptAsync(token, playbackId, answers)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    public static async Task<Guid> StartPlaybackIdAsync(this HttpClient client, string token, Guid programId, Guid resourceId) =>
        (await client.StartPlaybackOkAsync(token, programId, resourceId)).GetProperty("playbackId").GetGuid();

    public static async Task<JsonElement> ProgressOkAsync(this HttpClient client, string token, Guid programId) =>
        await (await client.SendAsAsync(token, HttpMethod.Get, $"/api/v1/programs/{programId}/progress")).ReadOkAsync<JsonElement>();

    /// <summary>One resource of the progress page.</summary>
    public static JsonElement ResourceIn(JsonElement progress, Guid resourceId) =>
        progress.GetProperty("courses").EnumerateArray().SelectMany(c => c.GetProperty("resources").EnumerateArray())
            .Single(r => r.GetProperty("resourceId").GetGuid() == resourceId);

    public static Task<long> AttemptRowsAsync(string connectionString, Guid teacherId, Guid resourceId) =>
        DirectorySql.ScalarAsync<long>(connectionString,
            "SELECT count(*) FROM learning_progress.quiz_attempts WHERE teacher_id = @teacher AND resource_id = @resource",
            ("teacher", teacherId), ("resource", resourceId));

    /// <summary>What the credit rules would read (GetProgramProgressFacts).</summary>
    public static async Task<IReadOnlyList<ResourceProgressFacts>> FactsAsync(XueshiApiFactory factory, Guid teacherId, Guid programId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetProgramProgressFacts(teacherId, programId)))!;
    }
}
