using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>A published program stays coherent: checked on publishing and on every edit of what a published program shows.</summary>
public sealed class PublishValidationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private Task<string> OperatorAsync() => _client.OperatorTokenAsync(api.ConnectionString);

    private static string[] Codes(Problem problem) =>
        problem.Body.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToArray();

    private Task<HttpResponseMessage> PublishAsync(string op, Guid programId, string etag) =>
        _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/programs/{programId}/publish", null, etag);

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_refused_on_its_field_even_in_a_draft()
    {
        var op = await OperatorAsync();

        var response = await _client.AdminAsync(op, HttpMethod.Post, "/api/v1/admin/programs",
            CatalogAdminApi.ProgramBody(startsOn: "2026-03-01", endsOn: "2026-02-01"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains("endsOn", problem.Errors.Keys);
    }

    [Fact]
    public async Task A_program_without_courses_is_not_published()
    {
        var op = await OperatorAsync();
        var (programId, etag) = await _client.CreateProgramAsync(op);

        var problem = await (await PublishAsync(op, programId, etag)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("enrollment.program_incoherent", problem.Code);
        Assert.Equal(["enrollment.program_without_courses"], Codes(problem));
        Assert.Contains("courses", problem.Errors.Keys);
    }

    [Fact]
    public async Task A_course_opening_outside_the_window_is_refused_on_publishing_and_on_editing_the_published_program()
    {
        var op = await OperatorAsync();
        var (programId, etag) = await _client.CreateProgramAsync(op);
        var (courseId, _) = await _client.CreateCourseAsync(op);
        etag = await _client.AttachAsync(op, programId, etag, courseId, "2026-03-05");

        var problem = await (await PublishAsync(op, programId, etag)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["enrollment.course_opens_outside_window"], Codes(problem));
        Assert.Contains($"courses[{courseId}].opensOn", problem.Errors.Keys);

        var (_, fixedTag) = await (await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/programs/{programId}/courses/{courseId}",
            new { opensOn = "2026-01-10" }, etag)).ReadTaggedAsync();
        var (_, published) = await (await PublishAsync(op, programId, fixedTag)).ReadTaggedAsync();

        var moveWindow = await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/programs/{programId}",
            CatalogAdminApi.ProgramBody(startsOn: "2026-01-15", endsOn: "2026-02-28"), published);
        Assert.Equal(["enrollment.course_opens_outside_window"], Codes(await moveWindow.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)));
        var moveCourse = await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/programs/{programId}/courses/{courseId}",
            new { opensOn = "2025-12-31" }, published);
        var onField = await moveCourse.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("opensOn", onField.Errors.Keys);
    }

    [Fact]
    public async Task A_video_without_media_may_wait_in_a_draft_but_is_not_published()
    {
        var op = await OperatorAsync();
        var (programId, etag) = await _client.CreateProgramAsync(op);
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var (chapterId, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);
        var (resourceId, _, _) = await _client.AddResourceAsync(op, courseId, chapterTag, CatalogAdminApi.VideoBody(chapterId, null));
        etag = await _client.AttachAsync(op, programId, etag, courseId);

        var problem = await (await PublishAsync(op, programId, etag)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["enrollment.video_without_media"], Codes(problem));
        Assert.Contains($"courses[{courseId}].resources[{resourceId}].mediaId", problem.Errors.Keys);
    }

    [Fact]
    public async Task Media_of_the_wrong_kind_is_refused()
    {
        var op = await OperatorAsync();
        var pdf = await CatalogAdminApi.InsertMediaAsync(api.ConnectionString, "Pdf", null);
        var video = await CatalogAdminApi.InsertMediaAsync(api.ConnectionString);
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var (chapterId, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);

        var pdfAsVideo = await _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/courses/{courseId}/resources",
            CatalogAdminApi.VideoBody(chapterId, pdf), chapterTag);
        Assert.Equal(["enrollment.media_not_video"], Codes(await pdfAsVideo.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)));
        var videoAsPdf = await _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/courses/{courseId}/resources",
            new { chapterId, title = "讲义", kind = "text", documentMediaId = video, minReadingSeconds = 60, studyMinutes = 5 }, chapterTag);
        Assert.Equal(["enrollment.media_not_pdf"], Codes(await videoAsPdf.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)));
        var missing = await _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/courses/{courseId}/resources",
            CatalogAdminApi.VideoBody(chapterId, Guid.CreateVersion7()), chapterTag);
        Assert.Equal("enrollment.media_not_found", (await missing.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
    }

    [Fact]
    public async Task A_quiz_position_beyond_the_videos_end_is_refused_in_a_published_course()
    {
        var op = await OperatorAsync();
        var world = await _client.PublishedWorldAsync(op, api.ConnectionString);

        var response = await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/courses/{world.CourseId}/resources/{world.VideoId}",
            CatalogAdminApi.VideoBody(world.ChapterId, world.MediaId, 181), world.CourseETag);

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["enrollment.quiz_beyond_video"], Codes(problem));
        Assert.Contains("quiz.positionSeconds", problem.Errors.Keys);
        var course = await (await _client.AdminAsync(op, HttpMethod.Get, $"/api/v1/admin/courses/{world.CourseId}")).ReadOkAsync<JsonElement>();
        Assert.Equal(170, course.GetProperty("chapters")[0].GetProperty("resources")[0].GetProperty("quiz").GetProperty("positionSeconds").GetInt32());
    }

    [Fact]
    public async Task A_quiz_beyond_the_end_in_a_draft_is_caught_when_publishing()
    {
        var op = await OperatorAsync();
        var media = await CatalogAdminApi.InsertMediaAsync(api.ConnectionString, durationSeconds: 30);
        var (programId, etag) = await _client.CreateProgramAsync(op);
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var (chapterId, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);
        await _client.AddResourceAsync(op, courseId, chapterTag, CatalogAdminApi.VideoBody(chapterId, media, 45));
        etag = await _client.AttachAsync(op, programId, etag, courseId);

        Assert.Equal(["enrollment.quiz_beyond_video"], Codes(await (await PublishAsync(op, programId, etag)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity)));
    }

    [Fact]
    public async Task A_question_without_a_correct_answer_is_refused_and_so_are_malformed_single_choice_and_true_false()
    {
        var op = await OperatorAsync();
        var world = await _client.PublishedWorldAsync(op, api.ConnectionString);
        var url = $"/api/v1/admin/courses/{world.CourseId}/resources";

        var noAnswer = await _client.AdminAsync(op, HttpMethod.Post, url,
            CatalogAdminApi.VideoBody(world.ChapterId, world.MediaId, 100, [CatalogAdminApi.TrueFalse(withAnswer: false)]), world.CourseETag);
        var problem = await noAnswer.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["enrollment.question_without_answer"], Codes(problem));
        Assert.Contains("quiz.questions[0].options", problem.Errors.Keys);

        var twoRight = new
        {
            kind = "singleChoice",
            text = "下列哪项正确？",
            options = new[] { new { text = "甲", isCorrect = true }, new { text = "乙", isCorrect = true }, new { text = "丙", isCorrect = false } },
        };
        var threeWay = new
        {
            kind = "trueFalse",
            text = "判断",
            options = new[] { new { text = "正确", isCorrect = true }, new { text = "错误", isCorrect = false }, new { text = "不确定", isCorrect = false } },
        };
        var malformed = await _client.AdminAsync(op, HttpMethod.Post, url,
            CatalogAdminApi.VideoBody(world.ChapterId, world.MediaId, 100, [twoRight, threeWay]), world.CourseETag);
        Assert.Equal(["enrollment.question_one_answer", "enrollment.true_false_options"],
            Codes(await malformed.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)));

        var test = await _client.AdminAsync(op, HttpMethod.Post, url,
            new { chapterId = world.ChapterId, title = "课程测试", kind = "courseTest", quiz = new { questions = new[] { CatalogAdminApi.TrueFalse(false) } } },
            world.CourseETag);
        Assert.Equal(["enrollment.question_without_answer"], Codes(await test.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)));
    }

    [Fact]
    public async Task Field_limits_apply_to_drafts_too()
    {
        var op = await OperatorAsync();
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var (chapterId, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);

        var response = await _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/courses/{courseId}/resources", new
        {
            chapterId,
            title = new string('长', 101),
            kind = "video",
            quiz = new { positionSeconds = -1, questions = new[] { new { kind = "singleChoice", text = "", options = Array.Empty<object>() } } },
        }, chapterTag);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains("title", problem.Errors.Keys);
        Assert.Contains(problem.Errors.Keys, k => k.Contains("positionSeconds", StringComparison.OrdinalIgnoreCase));
    }
}
