using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

internal sealed record RegionItem(Guid Id, string Code, string Name, string Level);

internal sealed record SchoolItem(Guid Id, string Name, string SchoolSystem, bool IsOther, Guid CountyId, string[] RegionPath);

internal sealed record SchoolPageBody(SchoolItem[] Items, int Page, int PageSize, int Total);

/// <summary>The region tree and the school directory: the school picker, a county adding a school, a school correcting its 学制.</summary>
public sealed class DirectoryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private Task<TestTree> TreeAsync(string prefix) => DirectorySql.InsertTreeAsync(api.ConnectionString, prefix);

    private async Task<SchoolPageBody> SearchAsync(string query) =>
        await (await _client.GetAsync(new Uri("/api/v1/schools?" + query, UriKind.Relative))).ReadOkAsync<SchoolPageBody>();

    [Fact]
    public async Task Regions_list_the_provinces_and_then_the_children_of_one()
    {
        var tree = await TreeAsync("列表");

        var provinces = await (await _client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative))).ReadOkAsync<RegionItem[]>();
        Assert.Contains(provinces, r => r.Id == tree.Province && r.Name == "列表省" && r.Level == "province");
        Assert.All(provinces, r => Assert.Equal("province", r.Level));

        var cities = await (await _client.GetAsync(new Uri($"/api/v1/regions?parentId={tree.Province}", UriKind.Relative))).ReadOkAsync<RegionItem[]>();
        Assert.Equal(new[] { "列表市", "列表另市" }.Order(StringComparer.Ordinal), cities.Select(c => c.Name).Order(StringComparer.Ordinal));

        var counties = await (await _client.GetAsync(new Uri($"/api/v1/regions?parentId={tree.City}", UriKind.Relative))).ReadOkAsync<RegionItem[]>();
        Assert.Equal(2, counties.Length);
        Assert.All(counties, c => Assert.Equal("county", c.Level));
    }

    [Fact]
    public async Task An_unknown_parent_region_is_404_and_a_malformed_one_400()
    {
        var unknown = await _client.GetAsync(new Uri($"/api/v1/regions?parentId={Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal("accounts.region_not_found", (await unknown.ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var malformed = await _client.GetAsync(new Uri("/api/v1/regions?parentId=abc", UriKind.Relative));
        Assert.Equal("request.malformed", (await malformed.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Searching_a_city_finds_schools_in_all_its_counties_and_none_elsewhere()
    {
        var tree = await TreeAsync("搜索");
        await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "搜索市第一实验小学");
        await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.OtherCounty, "搜索市第二实验小学");
        await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.OtherCounty, "搜索市第三中学", "JuniorSecondary");
        await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.OtherCityCounty, "搜索另市实验小学");

        var page = await SearchAsync($"regionId={tree.City}&q=实验");

        Assert.Equal(["搜索市第一实验小学", "搜索市第二实验小学"], page.Items.Select(s => s.Name).Order().ToArray());
        Assert.DoesNotContain(page.Items, s => s.IsOther);
        var first = page.Items.Single(s => s.Name == "搜索市第一实验小学");
        Assert.Equal(["搜索省", "搜索市", "搜索甲区"], first.RegionPath);
        Assert.Equal(tree.County, first.CountyId);
        Assert.Equal("primary", first.SchoolSystem);

        var wholeProvince = await SearchAsync($"regionId={tree.Province}&q=实验");
        Assert.Equal(3, wholeProvince.Total);

        var juniorOnly = await SearchAsync($"regionId={tree.City}&schoolSystem=juniorSecondary");
        Assert.Equal(["搜索市第三中学"], juniorOnly.Items.Select(s => s.Name).ToArray());
    }

    [Fact]
    public async Task Searching_a_county_offers_its_other_entry_first_whatever_was_typed()
    {
        var tree = await TreeAsync("其他");
        await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "其他县阳光小学");
        await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "其他县ABC双语学校", "Combined");

        var page = await SearchAsync($"regionId={tree.County}&q=abc");

        Assert.Equal(2, page.Total);
        Assert.True(page.Items[0].IsOther);
        Assert.Equal("其他", page.Items[0].Name);
        Assert.Equal("其他县ABC双语学校", page.Items[1].Name);
    }

    [Fact]
    public async Task Search_pages_and_treats_wildcards_literally()
    {
        var tree = await TreeAsync("分页");
        for (var i = 0; i < 5; i++)
        {
            await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, $"分页第{i}小学");
        }

        var second = await SearchAsync($"regionId={tree.County}&page=2&pageSize=4");
        Assert.Equal(6, second.Total);
        Assert.Equal(2, second.Items.Length);

        var percent = await SearchAsync($"regionId={tree.County}&q=%25");
        Assert.Equal(1, percent.Total); // only "其他"
    }

    [Theory]
    [InlineData("")]
    [InlineData("regionId=00000000-0000-0000-0000-000000000000&pageSize=51")]
    [InlineData("regionId=00000000-0000-0000-0000-000000000000&page=0")]
    public async Task Search_refuses_bad_parameters_with_400(string query)
    {
        var response = await _client.GetAsync(new Uri("/api/v1/schools?" + query, UriKind.Relative));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", problem.Code);
    }

    [Fact]
    public async Task Search_refuses_a_query_over_50_characters()
    {
        var tree = await TreeAsync("长查询");
        var response = await _client.GetAsync(new Uri($"/api/v1/schools?regionId={tree.County}&q={new string('学', 51)}", UriKind.Relative));
        Assert.Contains("q", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task A_school_is_read_by_id_and_an_unknown_one_is_404()
    {
        var tree = await TreeAsync("单个");
        var id = await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "单个实验幼儿园", "Kindergarten");

        var school = await (await _client.GetAsync(new Uri($"/api/v1/schools/{id}", UriKind.Relative))).ReadOkAsync<SchoolItem>();
        Assert.Equal("kindergarten", school.SchoolSystem);
        Assert.Equal(["单个省", "单个市", "单个甲区"], school.RegionPath);

        var missing = await _client.GetAsync(new Uri($"/api/v1/schools/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal("accounts.school_not_found", (await missing.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task A_county_admin_adds_a_school_that_teachers_then_find()
    {
        var tree = await TreeAsync("新增");
        var admin = await _client.NewSignedInAsync("县管理员");
        await DirectorySql.GrantAsync(api.ConnectionString, admin.AccountId, "RegionAdmin", regionId: tree.County);

        var response = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.County}/schools",
            new { name = " 新增区阳光小学 ", schoolSystem = "primary" });
        var created = await response.ReadOkAsync<SchoolItem>(HttpStatusCode.Created);
        Assert.Equal("新增区阳光小学", created.Name);
        Assert.Equal($"/api/v1/schools/{created.Id}", response.Headers.Location?.ToString());

        var found = await SearchAsync($"regionId={tree.County}&q=阳光");
        Assert.Contains(found.Items, s => s.Id == created.Id);
    }

    [Fact]
    public async Task A_city_or_province_admin_adds_schools_to_counties_below_but_not_to_the_city_itself()
    {
        var tree = await TreeAsync("上级");
        var admin = await _client.NewSignedInAsync("省管理员");
        await DirectorySql.GrantAsync(api.ConnectionString, admin.AccountId, "RegionAdmin", regionId: tree.Province);

        var added = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.OtherCityCounty}/schools",
            new { name = "上级丙区特殊教育学校", schoolSystem = "specialEducation" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var toCity = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.City}/schools",
            new { name = "上级市直属学校", schoolSystem = "seniorSecondary" });
        Assert.Equal("accounts.not_a_county", (await toCity.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
    }

    [Fact]
    public async Task Another_countys_admin_and_a_teacher_get_404_and_an_anonymous_caller_401()
    {
        var tree = await TreeAsync("越权");
        var neighbour = await _client.NewSignedInAsync("邻县管理员");
        await DirectorySql.GrantAsync(api.ConnectionString, neighbour.AccountId, "RegionAdmin", regionId: tree.OtherCounty);
        var teacher = await _client.NewSignedInAsync();
        var body = new { name = "越权小学", schoolSystem = "primary" };

        var byNeighbour = await _client.SendAsAsync(neighbour.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.County}/schools", body);
        Assert.Equal("accounts.region_not_found", (await byNeighbour.ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var byTeacher = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.County}/schools", body);
        Assert.Equal("accounts.region_not_found", (await byTeacher.ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var anonymous = await _client.PostJsonAsync($"/api/v1/regions/{tree.County}/schools", body);
        Assert.Equal("auth.unauthenticated", (await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task A_duplicate_name_in_the_county_is_409_and_bad_fields_400()
    {
        var tree = await TreeAsync("重名");
        await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "重名区实验小学");
        var admin = await _client.NewSignedInAsync("县管理员");
        await DirectorySql.GrantAsync(api.ConnectionString, admin.AccountId, "RegionAdmin", regionId: tree.County);

        var duplicate = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.County}/schools",
            new { name = "重名区实验小学", schoolSystem = "primary" });
        Assert.Equal("accounts.school_name_taken", (await duplicate.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // The same name in another county is another school.
        await DirectorySql.GrantAsync(api.ConnectionString, admin.AccountId, "RegionAdmin", regionId: tree.OtherCounty);
        var elsewhere = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.OtherCounty}/schools",
            new { name = "重名区实验小学", schoolSystem = "primary" });
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);

        var bad = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.County}/schools", new { name = "甲" });
        var problem = await bad.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["name", "schoolSystem"], problem.Errors.Keys.Order().ToArray());
    }

    [Fact]
    public async Task Two_admins_adding_the_same_name_at_once_get_one_school_and_one_409()
    {
        var tree = await TreeAsync("并发");
        var admin = await _client.NewSignedInAsync("县管理员");
        await DirectorySql.GrantAsync(api.ConnectionString, admin.AccountId, "RegionAdmin", regionId: tree.County);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            _client.SendAsAsync(admin.AccessToken, HttpMethod.Post, $"/api/v1/regions/{tree.County}/schools",
                new { name = "并发区实验小学", schoolSystem = "primary" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task The_school_admin_corrects_the_school_system_and_another_schools_admin_cannot()
    {
        var tree = await TreeAsync("修正");
        var school = await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "修正区第一小学", "SecondaryVocational");
        var otherSchool = await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "修正区第二小学");
        var admin = await _client.NewSignedInAsync("王校长");
        await DirectorySql.GrantAsync(api.ConnectionString, admin.AccountId, "SchoolAdmin", schoolId: school);
        var otherAdmin = await _client.NewSignedInAsync("李校长");
        await DirectorySql.GrantAsync(api.ConnectionString, otherAdmin.AccountId, "SchoolAdmin", schoolId: otherSchool);

        var corrected = await (await _client.SendAsAsync(admin.AccessToken, HttpMethod.Patch, $"/api/v1/schools/{school}",
            new { schoolSystem = "primary" })).ReadOkAsync<SchoolItem>();
        Assert.Equal("primary", corrected.SchoolSystem);
        Assert.Equal("修正区第一小学", corrected.Name);
        var read = await (await _client.GetAsync(new Uri($"/api/v1/schools/{school}", UriKind.Relative))).ReadOkAsync<SchoolItem>();
        Assert.Equal("primary", read.SchoolSystem);

        var byOther = await _client.SendAsAsync(otherAdmin.AccessToken, HttpMethod.Patch, $"/api/v1/schools/{school}", new { schoolSystem = "kindergarten" });
        Assert.Equal("accounts.school_not_found", (await byOther.ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var renamedToTaken = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Patch, $"/api/v1/schools/{school}", new { name = "修正区第二小学" });
        Assert.Equal("accounts.school_name_taken", (await renamedToTaken.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var empty = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Patch, $"/api/v1/schools/{school}", new { });
        Assert.Equal("validation_failed", (await empty.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task A_county_admin_corrects_a_school_of_the_county_but_not_its_other_entry()
    {
        var tree = await TreeAsync("其他项");
        var school = await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "其他项区中学", "Primary");
        var admin = await _client.NewSignedInAsync("县管理员");
        await DirectorySql.GrantAsync(api.ConnectionString, admin.AccountId, "RegionAdmin", regionId: tree.County);

        var corrected = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Patch, $"/api/v1/schools/{school}",
            new { name = "其他项区第一中学", schoolSystem = "juniorSecondary" });
        Assert.Equal("其他项区第一中学", (await corrected.ReadOkAsync<SchoolItem>()).Name);

        var page = await SearchAsync($"regionId={tree.County}");
        var other = page.Items.Single(s => s.IsOther);
        var editOther = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Patch, $"/api/v1/schools/{other.Id}", new { name = "某某小学" });
        Assert.Equal("accounts.other_school_fixed", (await editOther.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task The_directory_is_open_to_anonymous_callers_in_Chinese_and_English()
    {
        var tree = await TreeAsync("语言");
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/schools?regionId={tree.County}&pageSize=99", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", string.Join(" ", english.Errors.SelectMany(e => e.Value)));
    }
}
