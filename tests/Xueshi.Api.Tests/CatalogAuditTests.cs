using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>Every change to a published program, or to a course it includes, is recorded: who, when, what.</summary>
public sealed class CatalogAuditTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<JsonElement[]> ChangesAsync(string op, Guid programId, string query = "")
    {
        var page = await (await _client.AdminAsync(op, HttpMethod.Get, $"/api/v1/admin/programs/{programId}/changes{query}")).ReadOkAsync<JsonElement>();
        return page.GetProperty("items").EnumerateArray().ToArray();
    }

    [Fact]
    public async Task Draft_work_is_not_recorded_and_everything_from_publishing_on_is_newest_first()
    {
        var opAccount = await _client.NewSignedInAsync("运营甲");
        await DirectorySql.GrantAsync(api.ConnectionString, opAccount.AccountId, "Operator");
        var op = (await _client.SignInOkAsync(opAccount.Phone)).AccessToken;
        var world = await _client.PublishedWorldAsync(op, api.ConnectionString);

        var afterPublishing = await ChangesAsync(op, world.ProgramId);
        Assert.Equal(["program.published"], afterPublishing.Select(c => c.GetProperty("action").GetString()));

        var (_, programTag) = await (await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/programs/{world.ProgramId}",
            CatalogAdminApi.ProgramBody("测试专题（修订）"), world.ProgramETag)).ReadTaggedAsync();
        var (_, courseTag) = await (await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/courses/{world.CourseId}",
            new { title = "新时代师德修养（修订）", description = "", lecturers = Array.Empty<object>() }, world.CourseETag)).ReadTaggedAsync();
        await (await _client.AdminAsync(op, HttpMethod.Delete, $"/api/v1/admin/courses/{world.CourseId}/resources/{world.VideoId}", null, courseTag))
            .ReadTaggedAsync();

        var changes = await ChangesAsync(op, world.ProgramId);
        Assert.Equal(["resource.archived", "course.edited", "program.edited", "program.published"],
            changes.Select(c => c.GetProperty("action").GetString()));
        Assert.All(changes, c => Assert.Equal(opAccount.AccountId, c.GetProperty("actorId").GetGuid()));
        Assert.Equal(world.CourseId, changes[0].GetProperty("courseId").GetGuid());
        Assert.Equal(world.VideoId, changes[0].GetProperty("subjectId").GetGuid());
        Assert.Contains("测试专题（修订）", changes[2].GetProperty("summary").GetString());
        var secondPage = await ChangesAsync(op, world.ProgramId, "?page=2&pageSize=3");
        Assert.Equal("program.published", Assert.Single(secondPage).GetProperty("action").GetString());
        Assert.NotEqual(world.ProgramETag, programTag);
    }

    [Fact]
    public async Task A_refused_change_records_nothing()
    {
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var world = await _client.PublishedWorldAsync(op, api.ConnectionString);

        var refused = await _client.AdminAsync(op, HttpMethod.Put, $"/api/v1/admin/courses/{world.CourseId}/resources/{world.VideoId}",
            CatalogAdminApi.VideoBody(world.ChapterId, world.MediaId, 999), world.CourseETag);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Single(await ChangesAsync(op, world.ProgramId));
    }
}
