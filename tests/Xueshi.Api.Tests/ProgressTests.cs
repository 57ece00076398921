using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Api.Tests;

/// <summary>查看学习进度: the state circles, 已学习 following completion, resume positions and why a resource is not complete.</summary>
public sealed class ProgressTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_fresh_enrollment_shows_every_resource_not_started_with_what_completing_it_takes()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "进度页专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);

        var progress = await _client.ProgressOkAsync(teacher.Token, program.ProgramId);

        Assert.Equal(0, progress.GetProperty("studySeconds").GetInt32());
        Assert.Equal(0, progress.GetProperty("completedCount").GetInt32());
        var course = Assert.Single(progress.GetProperty("courses").EnumerateArray());
        Assert.Equal("课堂提问的艺术", course.GetProperty("title").GetString());
        // The archived video was never started: it is not shown.
        Assert.Equal([program.QuizVideoId, program.TextId, program.ExtensionId],
            course.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("resourceId").GetGuid()));
        Assert.Equal(3, course.GetProperty("resourceCount").GetInt32());

        var video = QuizApi.ResourceIn(progress, program.QuizVideoId);
        Assert.Equal("notStarted", video.GetProperty("progress").GetProperty("state").GetString());
        Assert.Equal(0, video.GetProperty("resumePositionSeconds").GetDouble());
        var reasons = video.GetProperty("reasons");
        Assert.Equal(["learning.part_not_watched", "learning.quiz_not_done", "learning.rest_after_quiz_not_watched"],
            reasons.EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal("第0分00秒至第1分50秒尚未观看。", reasons[0].GetProperty("message").GetString());
        Assert.Contains("第1分50秒至第1分58秒", reasons[2].GetProperty("message").GetString(), StringComparison.Ordinal);
        var missing = reasons[0].GetProperty("missingRanges").EnumerateArray().Single();
        Assert.Equal((0, 110), (missing.GetProperty("startSeconds").GetInt32(), missing.GetProperty("endSeconds").GetInt32()));

        var text = QuizApi.ResourceIn(progress, program.TextId);
        Assert.Equal("learning.reading_time_short", text.GetProperty("reasons").EnumerateArray().Single().GetProperty("code").GetString());
        var extension = QuizApi.ResourceIn(progress, program.ExtensionId);
        Assert.True(extension.GetProperty("isExtension").GetBoolean());
        Assert.Equal("第0分00秒至第0分59秒尚未观看。", extension.GetProperty("reasons")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_page_is_refused_to_a_teacher_not_enrolled_and_a_draft_is_not_there()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "未报名进度专题");
        var draft = await CatalogSeed.ProgramAsync(api.Factory, "草稿进度专题", CatalogSeed.Today(api.Factory), CatalogSeed.Today(api.Factory).AddDays(5),
            state: ProgramState.Draft);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);

        var notEnrolled = await _client.SendAsAsync(teacher.Token, HttpMethod.Get, $"/api/v1/programs/{program.ProgramId}/progress");
        Assert.Equal("learning.not_enrolled", (await notEnrolled.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        foreach (var missing in new[] { draft.ProgramId, Guid.CreateVersion7() })
        {
            var response = await _client.SendAsAsync(teacher.Token, HttpMethod.Get, $"/api/v1/programs/{missing}/progress");
            Assert.Equal("learning.program_not_found", (await response.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        }
    }

    [Fact]
    public async Task A_completed_course_test_shows_filled_and_counts_and_a_started_resource_stays_after_it_is_archived()
    {
        var program = await QuizApi.ProgramAsync(api.Factory, "测试进度专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var test = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.CourseTestId);
        await _client.SubmitAttemptOkAsync(teacher.Token, test, QuizApi.Correctly(program.TestQuestions));
        await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.EndQuizVideoId);
        await ArchiveAsync(program.EndQuizVideoId);

        var progress = await _client.ProgressOkAsync(teacher.Token, program.ProgramId);

        var done = QuizApi.ResourceIn(progress, program.CourseTestId);
        Assert.Equal("completed", done.GetProperty("progress").GetProperty("state").GetString());
        Assert.True(done.GetProperty("progress").GetProperty("quizCompleted").GetBoolean());
        Assert.Empty(done.GetProperty("reasons").EnumerateArray());
        var archived = QuizApi.ResourceIn(progress, program.EndQuizVideoId);
        Assert.True(archived.GetProperty("isArchived").GetBoolean());
        Assert.Equal("inProgress", archived.GetProperty("progress").GetProperty("state").GetString());
        Assert.Equal(1, progress.GetProperty("completedCount").GetInt32());
        Assert.Equal(3, progress.GetProperty("resourceCount").GetInt32());

        var notStartedTest = QuizApi.ResourceIn(await _client.ProgressOkAsync(
            (await NewEnrolledAsync(program.ProgramId)).Token, program.ProgramId), program.CourseTestId);
        Assert.Equal("learning.course_test_not_done", notStartedTest.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    private async Task<SignedInTeacher> NewEnrolledAsync(Guid programId)
    {
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString, realName: "王五");
        await _client.EnrollOkAsync(teacher.Token, programId);
        return teacher;
    }

    /// <summary>An operator withdraws the resource (the catalog's own domain method).</summary>
    private async Task ArchiveAsync(Guid resourceId)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        var resource = await db.Resources.SingleAsync(r => r.Id == resourceId);
        resource.Archive(api.Factory.Clock.GetUtcNow());
        await db.SaveChangesAsync();
    }
}
