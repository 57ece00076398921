using System.Net;
using System.Net.Http.Headers;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// Directory answers are never stale: a browser revalidates them every time (ETag, no-cache), pays
/// nothing when they are unchanged (304), and sees a change at once.
/// </summary>
public sealed class CatalogRevalidationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_school_a_county_admin_adds_shows_at_once_in_a_revalidated_search()
    {
        var tree = await DirectorySql.InsertTreeAsync(api.ConnectionString, "缓存");
        var search = $"/api/v1/schools?regionId={tree.County}&q=缓存";
        var before = await GetAsync(search);
        var etag = before.Headers.ETag!;

        var unchanged = await GetAsync(search, etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        var admin = await _client.NewSignedInAsync("县管理员");
        await DirectorySql.GrantAsync(api.ConnectionString, admin.AccountId, "RegionAdmin", regionId: tree.County);
        var added = await (await _client.SendAsAsync(admin.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.County}/schools",
            new { name = "缓存区实验小学", schoolSystem = "primary" })).ReadOkAsync<SchoolItem>(HttpStatusCode.Created);

        // The browser asks with the ETag it holds: the answer is the new list, not a 304.
        var after = await GetAsync(search, etag);
        var page = await after.ReadOkAsync<SchoolPageBody>();
        Assert.Contains(page.Items, s => s.Id == added.Id);
        Assert.NotEqual(etag, after.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/v1/regions")]
    [InlineData("/api/v1/profile-options")]
    public async Task Catalogs_carry_a_strong_ETag_and_must_be_revalidated(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(path, response.Headers.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, new EntityTagHeaderValue("\"something-else\""))).StatusCode);
    }

    [Fact]
    public async Task One_school_revalidates_too_and_an_unknown_one_is_still_404()
    {
        var tree = await DirectorySql.InsertTreeAsync(api.ConnectionString, "单校");
        var school = await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "单校区第一小学");

        var response = await GetAsync($"/api/v1/schools/{school}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync($"/api/v1/schools/{school}", response.Headers.ETag)).StatusCode);

        var missing = await GetAsync($"/api/v1/schools/{Guid.NewGuid()}");
        Assert.Equal("accounts.school_not_found", (await missing.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Null(missing.Headers.ETag);
    }

    private Task<HttpResponseMessage> GetAsync(string url, EntityTagHeaderValue? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return _client.SendAsync(request);
    }
}
