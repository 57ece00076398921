using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>Two operators editing at once: ETag on every admin read, If-Match on every change, 428 without it, 412 when stale.</summary>
public sealed class CatalogConcurrencyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Reads_carry_the_revision_as_a_strong_ETag_and_changes_answer_the_new_one()
    {
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var (programId, created) = await _client.CreateProgramAsync(op);
        Assert.Equal("\"1\"", created);

        var (_, read) = await (await _client.AdminAsync(op, HttpMethod.Get, $"/api/v1/admin/programs/{programId}")).ReadTaggedAsync();
        var (edited, after) = await (await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/programs/{programId}",
            CatalogAdminApi.ProgramBody("改名"), read)).ReadTaggedAsync();

        Assert.Equal("\"1\"", read);
        Assert.Equal("\"2\"", after);
        Assert.Equal(2, edited.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task A_change_without_If_Match_is_428_and_a_stale_one_412_and_nothing_changes()
    {
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var (programId, first) = await _client.CreateProgramAsync(op);
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);
        var url = $"/api/v1/admin/programs/{programId}";

        var missing = await _client.AdminAsync(op, HttpMethod.Put, url, CatalogAdminApi.ProgramBody("无条件"));
        Assert.Equal("enrollment.precondition_required", (await missing.ReadProblemAsync(HttpStatusCode.PreconditionRequired)).Code);
        var chapterWithout = await _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/courses/{courseId}/chapters", new { title = "第一章" });
        Assert.Equal("enrollment.precondition_required", (await chapterWithout.ReadProblemAsync(HttpStatusCode.PreconditionRequired)).Code);

        await (await _client.AdminAsync(op, HttpMethod.Put, url, CatalogAdminApi.ProgramBody("第一位运营"), first)).ReadTaggedAsync();
        var stale = await _client.AdminAsync(op, HttpMethod.Put, url, CatalogAdminApi.ProgramBody("第二位运营"), first);
        var problem = await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("enrollment.precondition_failed", problem.Code);
        Assert.Equal("内容已被他人修改，请刷新后重试。", problem.Title);

        var (_, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);
        var staleCourse = await _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/courses/{courseId}/chapters", new { title = "第二章" }, courseTag);
        Assert.Equal("enrollment.precondition_failed", (await staleCourse.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Code);
        Assert.NotEqual(courseTag, chapterTag);

        var program = await (await _client.AdminAsync(op, HttpMethod.Get, url)).ReadOkAsync<JsonElement>();
        Assert.Equal("第一位运营", program.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Attaching_a_course_changes_the_programs_ETag_and_content_changes_change_the_courses()
    {
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var (programId, programTag) = await _client.CreateProgramAsync(op);
        var (courseId, courseTag) = await _client.CreateCourseAsync(op);

        var attached = await _client.AttachAsync(op, programId, programTag, courseId);
        var stale = await _client.AdminAsync(op, HttpMethod.Post, $"/api/v1/admin/programs/{programId}/publish", null, programTag);

        Assert.NotEqual(programTag, attached);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var (_, chapterTag) = await _client.AddChapterAsync(op, courseId, courseTag);
        Assert.NotEqual(courseTag, chapterTag);
    }

    [Fact]
    public async Task Two_operators_racing_with_the_same_ETag_one_wins_and_the_other_gets_412()
    {
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var (programId, etag) = await _client.CreateProgramAsync(op);
        var url = $"/api/v1/admin/programs/{programId}";

        // Whether the loser is stopped by the If-Match check or by the revision column's concurrency token, it gets 412.
        var answers = await Task.WhenAll(
            _client.AdminAsync(op, HttpMethod.Put, url, CatalogAdminApi.ProgramBody("甲的修改"), etag),
            _client.AdminAsync(op, HttpMethod.Put, url, CatalogAdminApi.ProgramBody("乙的修改"), etag),
            _client.AdminAsync(op, HttpMethod.Put, url, CatalogAdminApi.ProgramBody("丙的修改"), etag));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.PreconditionFailed));
        var program = await (await _client.AdminAsync(op, HttpMethod.Get, url)).ReadOkAsync<JsonElement>();
        Assert.Equal(2, program.GetProperty("revision").GetInt32());
    }
}
