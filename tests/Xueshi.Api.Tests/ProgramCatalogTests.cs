using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>What a teacher sees of the catalog: programs by status, a program's page, a course's page; drafts never; quiz answers never.</summary>
public sealed class ProgramCatalogTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Programs_are_listed_open_upcoming_or_ended_by_their_window_in_China_and_drafts_never()
    {
        var today = CatalogSeed.Today(api.Factory);
        var open = await CatalogSeed.ProgramAsync(api.Factory, "列表进行中", today, today);
        var upcoming = await CatalogSeed.ProgramAsync(api.Factory, "列表即将开始", today.AddDays(1), today.AddDays(9));
        var ended = await CatalogSeed.ProgramAsync(api.Factory, "列表已结束", today.AddDays(-9), today.AddDays(-1));
        var closed = await CatalogSeed.ProgramAsync(api.Factory, "列表已关闭", today.AddDays(-1), today.AddDays(9), ProgramState.Closed);
        var draft = await CatalogSeed.ProgramAsync(api.Factory, "列表草稿", today.AddDays(-1), today.AddDays(9), ProgramState.Draft);
        var teacher = await _client.TeacherAsync();

        async Task<List<Guid>> Ids(string status) =>
            (await _client.GetOkAsync(teacher.Token, $"/api/v1/programs?status={status}&pageSize=50")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetGuid()).ToList();

        var openIds = await Ids("open");
        var upcomingIds = await Ids("upcoming");
        var endedIds = await Ids("ended");
        Assert.Contains(open.ProgramId, openIds);
        Assert.Contains(upcoming.ProgramId, upcomingIds);
        Assert.Contains(ended.ProgramId, endedIds);
        Assert.Contains(closed.ProgramId, endedIds);
        Assert.DoesNotContain(closed.ProgramId, openIds);
        Assert.DoesNotContain(upcoming.ProgramId, openIds);
        Assert.DoesNotContain(draft.ProgramId, openIds.Concat(upcomingIds).Concat(endedIds).Concat(await Ids("")));

        var page = await _client.GetOkAsync(teacher.Token, "/api/v1/programs?status=open&page=1&pageSize=1");
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.True(page.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_program_page_has_its_window_support_and_courses_with_opening_dates_counts_and_durations()
    {
        var today = CatalogSeed.Today(api.Factory);
        var program = await CatalogSeed.ProgramAsync(api.Factory, "专题页", today.AddDays(-1), today.AddDays(20), courseOpensOn: today.AddDays(3));
        var teacher = await _client.TeacherAsync();

        var page = await _client.GetOkAsync(teacher.Token, $"/api/v1/programs/{program.ProgramId}");

        Assert.Equal("专题页", page.GetProperty("title").GetString());
        Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd"), page.GetProperty("startsOn").GetString());
        Assert.Equal("open", page.GetProperty("status").GetString());
        Assert.Equal("400-606-3368", page.GetProperty("support").GetProperty("phone").GetString());
        var course = Assert.Single(page.GetProperty("courses").EnumerateArray());
        Assert.Equal(today.AddDays(3).ToString("yyyy-MM-dd"), course.GetProperty("opensOn").GetString());
        Assert.False(course.GetProperty("isOpen").GetBoolean());
        Assert.Equal(["王教授", "李老师"], course.GetProperty("lecturerNames").Strings());
        Assert.Equal(3, course.GetProperty("resourceCount").GetInt32());
        Assert.Equal(180.5, course.GetProperty("videoSeconds").GetDouble());
    }

    [Fact]
    public async Task The_course_page_shows_the_outline_without_archived_resources_or_quiz_answers()
    {
        var today = CatalogSeed.Today(api.Factory);
        var program = await CatalogSeed.ProgramAsync(api.Factory, "课程页专题", today.AddDays(-1), today.AddDays(20), courseOpensOn: today.AddDays(2));
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        var other = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        await _client.EnrollOkAsync(other.Token, program.ProgramId);

        var text = await (await _client.SendAsAsync(teacher.Token, HttpMethod.Get, $"/api/v1/programs/{program.ProgramId}/courses/{program.CourseId}"))
            .Content.ReadAsStringAsync();
        var page = JsonDocument.Parse(text).RootElement;

        var chapter = Assert.Single(page.GetProperty("chapters").EnumerateArray());
        var resources = chapter.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal([program.QuizVideoId, program.TextId, program.ExtensionId], resources.Select(r => r.GetProperty("id").GetGuid()));
        Assert.True(resources[0].GetProperty("hasQuiz").GetBoolean());
        Assert.Equal(120, resources[0].GetProperty("durationSeconds").GetDouble());
        Assert.True(resources[2].GetProperty("isExtension").GetBoolean());
        Assert.Equal("text", resources[1].GetProperty("kind").GetString());
        Assert.Equal(2, page.GetProperty("learnerCount").GetInt32());
        Assert.Equal("北京师范大学", page.GetProperty("lecturers")[0].GetProperty("affiliation").GetString());
        Assert.False(page.GetProperty("isOpen").GetBoolean());
        Assert.Equal("enrollment.course_not_open", page.GetProperty("notOpenCode").GetString());
        Assert.Equal(today.AddDays(2).ToString("yyyy-MM-dd"), page.GetProperty("opensOn").GetString());
        Assert.Equal(program.QuizVideoId, page.GetProperty("resumeResourceId").GetGuid());

        Assert.DoesNotContain(program.CorrectOptionId.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(CatalogSeed.CorrectOptionText, text, StringComparison.Ordinal);
        Assert.DoesNotContain(CatalogSeed.QuizQuestionText, text, StringComparison.Ordinal);
        Assert.DoesNotContain(program.ArchivedId.ToString(), text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_teacher_response_ever_carries_a_quiz_answer()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "答案不外泄专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        var urls = new[]
        {
            "/api/v1/programs?status=open&pageSize=50", $"/api/v1/programs/{program.ProgramId}",
            $"/api/v1/programs/{program.ProgramId}/courses/{program.CourseId}", $"/api/v1/programs/{program.ProgramId}/enrollment",
            $"/api/v1/programs/{program.ProgramId}/enrollment-check", $"/api/v1/courses/{program.CourseId}/reviews", "/api/v1/me/enrollments",
        };
        var bodies = new List<string> { await (await _client.EnrollAsync(teacher.Token, program.ProgramId)).Content.ReadAsStringAsync() };
        foreach (var url in urls)
        {
            var response = await _client.SendAsAsync(teacher.Token, HttpMethod.Get, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.All(bodies, body =>
        {
            Assert.DoesNotContain(program.CorrectOptionId.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(CatalogSeed.CorrectOptionText, body, StringComparison.Ordinal);
            Assert.DoesNotContain("correct", body, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Catalog_reads_carry_an_ETag_revalidate_to_304_and_never_serve_one_teachers_page_to_another()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "缓存专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        var other = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var coursePage = $"/api/v1/programs/{program.ProgramId}/courses/{program.CourseId}";

        foreach (var url in new[] { "/api/v1/programs?status=open", $"/api/v1/programs/{program.ProgramId}", coursePage })
        {
            var first = await GetAsync(teacher.Token, url);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.True(first.Headers.CacheControl!.NoCache);
            var again = await GetAsync(teacher.Token, url, first.Headers.ETag);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        }

        // The program page is the same for everyone: another teacher's copy revalidates.
        var shared = await GetAsync(teacher.Token, $"/api/v1/programs/{program.ProgramId}");
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(other.Token, $"/api/v1/programs/{program.ProgramId}", shared.Headers.ETag)).StatusCode);

        // The course page carries the reader's like: after liking, the liker's old ETag no longer matches, and the other teacher's
        // ETag is not the liker's.
        var before = await GetAsync(teacher.Token, coursePage);
        await _client.SendAsAsync(teacher.Token, HttpMethod.Put, $"/api/v1/courses/{program.CourseId}/like");
        var likerAfter = await GetAsync(teacher.Token, coursePage, before.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, likerAfter.StatusCode);
        Assert.True((await likerAfter.ReadOkAsync<JsonElement>()).GetProperty("likedByMe").GetBoolean());
        var otherView = await GetAsync(other.Token, coursePage, likerAfter.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, otherView.StatusCode);
        Assert.False((await otherView.ReadOkAsync<JsonElement>()).GetProperty("likedByMe").GetBoolean());
    }

    [Fact]
    public async Task A_training_lands_on_an_entry_per_audience_and_one_of_drafts_only_is_not_found()
    {
        var today = CatalogSeed.Today(api.Factory);
        var training = await CatalogSeed.TrainingAsync(api.Factory, "2023年寒假教师研修");
        var basic = await CatalogSeed.ProgramAsync(api.Factory, "基础教育", today, today.AddDays(9), trainingId: training);
        var higher = await CatalogSeed.ProgramAsync(api.Factory, "高等教育", today, today.AddDays(9), trainingId: training, audience: Audience.HigherEducation);
        await CatalogSeed.ProgramAsync(api.Factory, "职业教育（草稿）", today, today.AddDays(9), ProgramState.Draft, trainingId: training, audience: Audience.Vocational);
        var draftsOnly = await CatalogSeed.TrainingAsync(api.Factory, "未发布研修");
        await CatalogSeed.ProgramAsync(api.Factory, "草稿", today, today.AddDays(9), ProgramState.Draft, trainingId: draftsOnly);
        var teacher = await _client.TeacherAsync();

        var landing = await _client.GetOkAsync(teacher.Token, $"/api/v1/trainings/{training}");
        Assert.Equal([basic.ProgramId, higher.ProgramId], landing.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("programId").GetGuid()));
        Assert.Equal("higherEducation", landing.GetProperty("entries")[1].GetProperty("audience").GetString());
        Assert.Equal("enrollment.training_not_found",
            (await (await _client.SendAsAsync(teacher.Token, HttpMethod.Get, $"/api/v1/trainings/{draftsOnly}")).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    private Task<HttpResponseMessage> GetAsync(string token, string url, EntityTagHeaderValue? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        return _client.SendAsync(request);
    }
}
