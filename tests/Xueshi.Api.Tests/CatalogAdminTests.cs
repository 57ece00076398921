using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>The operator console: building a program with its courses, chapters, resources and quizzes.</summary>
public sealed class CatalogAdminTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private Task<string> OperatorAsync() => _client.OperatorTokenAsync(api.ConnectionString);

    private static IEnumerable<JsonElement> Resources(JsonElement course) =>
        course.GetProperty("chapters").EnumerateArray().SelectMany(c => c.GetProperty("resources").EnumerateArray());

    [Fact]
    public async Task An_operator_builds_a_program_and_reads_every_field_back_in_the_admin_views()
    {
        var op = await OperatorAsync();
        var (training, _) = await (await _client.AdminAsync(op, HttpMethod.Post, "/api/v1/admin/trainings",
            new { title = "2023年寒假教师研修", description = "选择学习入口" })).ReadTaggedAsync(HttpStatusCode.Created);
        var trainingId = training.GetProperty("id").GetGuid();
        var (programId, programTag) = await _client.CreateProgramAsync(op, new
        {
            trainingId,
            title = "寒假研修（基础教育）",
            audience = "basicEducation",
            startsOn = "2023-01-05",
            endsOn = "2023-02-28",
            certificateDate = "2023-03-15",
            schoolSystems = new { admitted = new[] { "primary" }, refusalMessage = "请登录相应平台。" },
            admittedIdentities = new[] { "teacher", "researcher" },
            requiredProfileFields = new[] { "isPsychologyTeacher" },
            support = new { phone = "010-58800000", hours = "工作日", qqGroup = "987654" },
        });
        var media = await CatalogAdminApi.InsertMediaAsync(api.ConnectionString, durationSeconds: 95.5);
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var (chapterId, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);
        var (_, _, course) = await _client.AddResourceAsync(op, courseId, chapterTag, CatalogAdminApi.VideoBody(chapterId, media, 90));
        programTag = await _client.AttachAsync(op, programId, programTag, courseId, "2023-01-05");

        var read = await _client.AdminAsync(op, HttpMethod.Get, $"/api/v1/admin/programs/{programId}");
        var (program, etag) = await read.ReadTaggedAsync();
        Assert.Equal(programTag, etag);
        Assert.Equal("draft", program.GetProperty("state").GetString());
        Assert.Equal(trainingId, program.GetProperty("trainingId").GetGuid());
        Assert.Equal(["teacher", "researcher"], program.GetProperty("admittedIdentities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("请登录相应平台。", program.GetProperty("schoolSystems").GetProperty("refusalMessage").GetString());
        Assert.Equal("987654", program.GetProperty("support").GetProperty("qqGroup").GetString());
        var link = Assert.Single(program.GetProperty("courses").EnumerateArray());
        Assert.Equal("2023-01-05", link.GetProperty("opensOn").GetString());

        var video = Assert.Single(Resources(course));
        Assert.Equal(95.5, video.GetProperty("durationSeconds").GetDouble());
        var question = Assert.Single(video.GetProperty("quiz").GetProperty("questions").EnumerateArray());
        Assert.Equal(7, question.GetProperty("id").GetGuid().Version);
        Assert.Equal([true, false], question.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("isCorrect").GetBoolean()));

        var list = await (await _client.AdminAsync(op, HttpMethod.Get, "/api/v1/admin/programs?state=draft&pageSize=100")).ReadOkAsync<JsonElement>();
        Assert.Contains(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == programId);
        var trainingView = await (await _client.AdminAsync(op, HttpMethod.Get, $"/api/v1/admin/trainings/{trainingId}")).ReadOkAsync<JsonElement>();
        Assert.Equal(programId, Assert.Single(trainingView.GetProperty("programIds").EnumerateArray()).GetGuid());
    }

    [Fact]
    public async Task A_videos_duration_comes_from_its_media_file_never_from_the_request()
    {
        var op = await OperatorAsync();
        var media = await CatalogAdminApi.InsertMediaAsync(api.ConnectionString, durationSeconds: 42);
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var (chapterId, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);

        var response = await _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/courses/{courseId}/resources",
            new { chapterId, title = "时长", kind = "video", mediaId = media, durationSeconds = 5000 }, chapterTag);

        var (course, _) = await response.ReadTaggedAsync();
        Assert.Equal(42, Assert.Single(Resources(course)).GetProperty("durationSeconds").GetDouble());
    }

    [Fact]
    public async Task Question_and_option_ids_are_kept_when_sent_back_and_generated_otherwise()
    {
        var op = await OperatorAsync();
        var media = await CatalogAdminApi.InsertMediaAsync(api.ConnectionString);
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var (chapterId, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);
        var (resourceId, etag, course) = await _client.AddResourceAsync(op, courseId, chapterTag, CatalogAdminApi.VideoBody(chapterId, media, 60));
        var question = Resources(course).Single().GetProperty("quiz").GetProperty("questions")[0];
        var questionId = question.GetProperty("id").GetGuid();
        var yes = question.GetProperty("options")[0].GetProperty("id").GetGuid();
        var madeUp = Guid.CreateVersion7();

        var (edited, _) = await (await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/courses/{courseId}/resources/{resourceId}",
            CatalogAdminApi.VideoBody(chapterId, media, 60, [CatalogAdminApi.TrueFalse(true, questionId, yes, madeUp)]), etag)).ReadTaggedAsync();

        var after = Resources(edited).Single().GetProperty("quiz").GetProperty("questions")[0];
        Assert.Equal(questionId, after.GetProperty("id").GetGuid());
        Assert.Equal(yes, after.GetProperty("options")[0].GetProperty("id").GetGuid());
        var replaced = after.GetProperty("options")[1].GetProperty("id").GetGuid();
        Assert.NotEqual(madeUp, replaced);
        Assert.Equal(7, replaced.Version);
    }

    [Fact]
    public async Task Rich_text_is_sanitized_on_the_server()
    {
        var op = await OperatorAsync();
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var (chapterId, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);

        var (_, _, course) = await _client.AddResourceAsync(op, courseId, chapterTag, new
        {
            chapterId,
            title = "阅读材料",
            kind = "text",
            isExtension = true,
            textBody = "<p onclick=\"steal()\">师德<script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a></p>",
            minReadingSeconds = 60,
            studyMinutes = 5,
        });

        var text = Resources(course).Single();
        var html = text.GetProperty("textBody").GetString()!;
        Assert.Contains("师德", html);
        Assert.DoesNotContain("script", html);
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.True(text.GetProperty("isExtension").GetBoolean());
        Assert.Equal(60, text.GetProperty("minReadingSeconds").GetInt32());
    }

    [Fact]
    public async Task A_published_program_edited_by_an_operator_keeps_every_teachers_enrollment()
    {
        var op = await OperatorAsync();
        var world = await _client.PublishedWorldAsync(op, api.ConnectionString);
        var teachers = new[] { (await _client.NewSignedInAsync()).AccountId, (await _client.NewSignedInAsync()).AccountId };
        foreach (var teacher in teachers)
        {
            await DirectorySql.ExecuteSqlAsync(api.ConnectionString,
                "INSERT INTO enrollment.enrollments (teacher_id, program_id, id, enrolled_at) VALUES (@t, @p, @id, now())",
                ("t", teacher), ("p", world.ProgramId), ("id", Guid.CreateVersion7()));
        }

        var (_, programTag) = await (await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/programs/{world.ProgramId}",
            CatalogAdminApi.ProgramBody("测试专题（修订）"), world.ProgramETag)).ReadTaggedAsync();
        var media = await CatalogAdminApi.InsertMediaAsync(api.ConnectionString);
        var (_, courseTag, _) = await _client.AddResourceAsync(op, world.CourseId, world.CourseETag,
            CatalogAdminApi.VideoBody(world.ChapterId, media, title: "第二节 新增"));
        await (await _client.AdminAsync(op, HttpMethod.Delete, $"/api/v1/admin/courses/{world.CourseId}/resources/{world.VideoId}", null, courseTag))
            .ReadTaggedAsync();

        var enrolled = await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM enrollment.enrollments WHERE program_id = @p", ("p", world.ProgramId));
        Assert.Equal(2, enrolled);
        var program = await (await _client.AdminAsync(op, HttpMethod.Get, $"/api/v1/admin/programs/{world.ProgramId}")).ReadOkAsync<JsonElement>();
        Assert.Equal("published", program.GetProperty("state").GetString());
        Assert.NotEqual(world.ProgramETag, programTag);
    }

    [Fact]
    public async Task A_resource_deleted_from_a_published_course_is_archived_and_still_there()
    {
        var op = await OperatorAsync();
        var world = await _client.PublishedWorldAsync(op, api.ConnectionString);

        var (course, _) = await (await _client.AdminAsync(op, HttpMethod.Delete,
            $"/api/v1/admin/courses/{world.CourseId}/resources/{world.VideoId}", null, world.CourseETag)).ReadTaggedAsync();

        var video = Assert.Single(Resources(course));
        Assert.Equal(world.VideoId, video.GetProperty("id").GetGuid());
        Assert.NotEqual(JsonValueKind.Null, video.GetProperty("archivedAt").ValueKind);
        Assert.Equal(1, await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM enrollment.resources WHERE id = @id AND archived_at IS NOT NULL", ("id", world.VideoId)));
    }

    [Fact]
    public async Task A_resource_of_a_draft_only_course_is_deleted_and_an_empty_chapter_can_go_too()
    {
        var op = await OperatorAsync();
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var (chapterId, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);
        var (resourceId, etag, _) = await _client.AddResourceAsync(op, courseId, chapterTag, CatalogAdminApi.VideoBody(chapterId, null));

        var notEmpty = await _client.AdminAsync(op, HttpMethod.Delete, $"/api/v1/admin/courses/{courseId}/chapters/{chapterId}", null, etag);
        Assert.Equal("enrollment.chapter_not_empty", (await notEmpty.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var (course, afterDelete) = await (await _client.AdminAsync(op, HttpMethod.Delete,
            $"/api/v1/admin/courses/{courseId}/resources/{resourceId}", null, etag)).ReadTaggedAsync();
        Assert.Empty(Resources(course));
        Assert.Equal(0, await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM enrollment.resources WHERE id = @id", ("id", resourceId)));

        var (emptied, _) = await (await _client.AdminAsync(op, HttpMethod.Delete, $"/api/v1/admin/courses/{courseId}/chapters/{chapterId}", null, afterDelete))
            .ReadTaggedAsync();
        Assert.Empty(emptied.GetProperty("chapters").EnumerateArray());
    }

    [Fact]
    public async Task What_teachers_can_see_is_not_removed_from_under_them()
    {
        var op = await OperatorAsync();
        var world = await _client.PublishedWorldAsync(op, api.ConnectionString);

        var detach = await _client.AdminAsync(op, HttpMethod.Delete, $"/api/v1/admin/programs/{world.ProgramId}/courses/{world.CourseId}", null, world.ProgramETag);
        Assert.Equal("enrollment.course_link_published", (await detach.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var delete = await _client.AdminAsync(op, HttpMethod.Delete, $"/api/v1/admin/programs/{world.ProgramId}", null, world.ProgramETag);
        Assert.Equal("enrollment.program_not_draft", (await delete.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var kind = await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/courses/{world.CourseId}/resources/{world.VideoId}",
            new { chapterId = world.ChapterId, title = "改成文本", kind = "text", textBody = "<p>正文</p>" }, world.CourseETag);
        Assert.Equal("enrollment.resource_kind_fixed", (await kind.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var (closed, _) = await (await _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/programs/{world.ProgramId}/close", null, world.ProgramETag))
            .ReadTaggedAsync();
        Assert.Equal("closed", closed.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_draft_program_and_its_links_can_be_deleted_and_the_course_stays()
    {
        var op = await OperatorAsync();
        var (programId, programTag) = await _client.CreateProgramAsync(op);
        var (courseId, _) = await _client.CreateCourseAsync(op);
        programTag = await _client.AttachAsync(op, programId, programTag, courseId);

        var response = await _client.AdminAsync(op, HttpMethod.Delete, $"/api/v1/admin/programs/{programId}", null, programTag);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.AdminAsync(op, HttpMethod.Get, $"/api/v1/admin/programs/{programId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.AdminAsync(op, HttpMethod.Get, $"/api/v1/admin/courses/{courseId}")).StatusCode);
    }

    [Fact]
    public async Task A_teacher_gets_403_on_the_admin_reads_and_changes()
    {
        var teacher = (await _client.NewSignedInAsync()).AccessToken;
        var op = await OperatorAsync();
        var world = await _client.PublishedWorldAsync(op, api.ConnectionString);

        foreach (var (method, url, body) in new (HttpMethod, string, object?)[]
        {
            (HttpMethod.Get, "/api/v1/admin/programs", null),
            (HttpMethod.Get, $"/api/v1/admin/programs/{world.ProgramId}", null),
            (HttpMethod.Get, $"/api/v1/admin/courses/{world.CourseId}", null),
            (HttpMethod.Put, $"/api/v1/admin/programs/{world.ProgramId}", CatalogAdminApi.ProgramBody("偷改")),
            (HttpMethod.Delete, $"/api/v1/admin/courses/{world.CourseId}/resources/{world.VideoId}", null),
        })
        {
            var response = await _client.AdminAsync(teacher, method, url, body, world.ProgramETag);
            Assert.Equal("auth.forbidden", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        }
    }
}
