using System.Net;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Testing;

namespace Xueshi.Api.Tests;

/// <summary>The demo directory, accounts and catalog: loaded twice on one database, nothing doubles; each role can act.</summary>
public sealed class DemoDataTests
{
    private static readonly Dictionary<string, string?> DemoSettings = new() { ["Xueshi:DemoData"] = "true" };

    [Fact]
    public async Task Loading_the_demo_data_twice_changes_nothing_and_every_demo_account_works()
    {
        var connection = await ApiDatabase.CreateAsync(nameof(DemoDataTests));
        try
        {
            long[] first;
            await using (var factory = new XueshiApiFactory(connection, DemoSettings))
            {
                _ = factory.Server;
                first = await CountsAsync(connection);
            }

            await using (var again = new XueshiApiFactory(connection, DemoSettings))
            {
                using var client = again.CreateClient();
                Assert.Equal(first, await CountsAsync(connection));
                Assert.Equal(3 + 6 + 18, first[0]); // provinces, cities, counties
                Assert.True(first[1] >= 18 + 36, "an \"其他\" per county and dozens of schools");
                Assert.Equal(2, first[4]); // 张老师 and 李老师
                Assert.Equal(1, first[6]); // the 2023 winter training
                Assert.Equal(9, first[7]); // the six editions' eight programs and 演示专题
                Assert.Equal(1, first[10]); // 张老师 in 演示专题
                Assert.Equal(9, first[12]); // version 1 of every demo program's credit rules
                await ActAsEachRoleAsync(client);
            }
        }
        finally
        {
            await TestDatabases.DropDatabaseAsync(connection);
        }
    }

    private static async Task<long[]> CountsAsync(string connection)
    {
        string[] tables =
        [
            "accounts.regions", "accounts.schools", "accounts.accounts", "accounts.role_grants", "accounts.teacher_profiles",
            "accounts.verification_records", "enrollment.trainings", "enrollment.programs", "enrollment.courses",
            "enrollment.resources", "enrollment.enrollments", "enrollment.media_files", "credit_rules.rule_set_versions",
        ];
        var counts = new List<long>();
        foreach (var table in tables)
        {
            counts.Add(await DirectorySql.ScalarAsync<long>(connection, $"SELECT count(*) FROM {table}"));
        }

        return [.. counts];
    }

    private static async Task ActAsEachRoleAsync(HttpClient client)
    {
        var provinces = await (await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative))).ReadOkAsync<RegionItem[]>();
        Assert.Equal(["320000", "370000", "510000"], provinces.Select(p => p.Code).ToArray());
        var shandong = provinces.Single(p => p.Code == "370000");
        Assert.Equal("山东省", shandong.Name);
        var jinan = (await (await client.GetAsync(new Uri($"/api/v1/regions?parentId={shandong.Id}", UriKind.Relative))).ReadOkAsync<RegionItem[]>())
            .Single(c => c.Code == "370100");
        var lixia = (await (await client.GetAsync(new Uri($"/api/v1/regions?parentId={jinan.Id}", UriKind.Relative))).ReadOkAsync<RegionItem[]>())
            .Single(c => c.Code == "370102");
        Assert.Equal("历下区", lixia.Name);

        var inLixia = await (await client.GetAsync(new Uri($"/api/v1/schools?regionId={lixia.Id}&pageSize=50", UriKind.Relative))).ReadOkAsync<SchoolPageBody>();
        Assert.True(inLixia.Items[0].IsOther);
        var demoSchool = inLixia.Items.Single(s => s.Name == "济南市历下区第一实验小学");
        Assert.Equal(["山东省", "济南市", "历下区"], demoSchool.RegionPath);

        // Every 学制 is somewhere in the three provinces.
        var systems = new HashSet<string>();
        foreach (var province in provinces)
        {
            var page = await (await client.GetAsync(new Uri($"/api/v1/schools?regionId={province.Id}&pageSize=50", UriKind.Relative))).ReadOkAsync<SchoolPageBody>();
            systems.UnionWith(page.Items.Select(s => s.SchoolSystem));
        }

        Assert.Equal(Enum.GetValues<Xueshi.Accounts.Contracts.SchoolSystem>().Length, systems.Count);

        async Task<string> As(string phone, params string[] roles)
        {
            var tokens = await client.SignInOkAsync(phone, "Xueshi2026");
            var me = await (await client.GetMeAsync(tokens.AccessToken)).ReadOkAsync<Me>();
            Assert.Equal(roles, me.Roles);
            return tokens.AccessToken;
        }

        var zhang = await As("13800000001");
        await As("13800000002");
        await As("13800000003");
        var principal = await As("13800000011", "schoolAdmin");
        var county = await As("13800000012", "regionAdmin");
        await As("13800000013", "regionAdmin");
        await As("13800000014", "regionAdmin");
        var op = await As("13800000015", "operator");
        var support = await As("13800000016", "support");
        Assert.Equal("student", (await (await client.GetMeAsync(await As("13800000017"))).ReadOkAsync<Me>()).Identity);
        Assert.Equal("parent", (await (await client.GetMeAsync(await As("13800000018"))).ReadOkAsync<Me>()).Identity);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsAsync(principal, HttpMethod.Patch, $"/api/v1/schools/{demoSchool.Id}", new { schoolSystem = "primary" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsAsync(county, HttpMethod.Post, $"/api/v1/regions/{lixia.Id}/schools",
            new { name = "济南市历下区新建小学", schoolSystem = "primary" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsAsync(op, HttpMethod.Get, "/api/v1/role-grants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsAsync(support, HttpMethod.Get, "/api/v1/phone-rebinding-requests")).StatusCode);

        // 张老师's progress page in 演示专题 is evaluated under its published rules: 1 学时 to earn, nothing yet.
        var enrollments = await (await client.SendAsAsync(zhang, HttpMethod.Get, "/api/v1/me/enrollments")).ReadOkAsync<System.Text.Json.JsonElement>();
        var demoProgram = enrollments.EnumerateArray().Single().GetProperty("programId").GetGuid();
        var credit = await client.CreditOkAsync(zhang, demoProgram);
        Assert.Equal(1, credit.GetProperty("ruleSetVersion").GetInt32());
        Assert.Equal(1m, credit.GetProperty("requiredHours").GetDecimal());
        Assert.Equal(0m, credit.GetProperty("creditedHours").GetDecimal());
        var rules = await (await client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/admin/programs/{demoProgram}/credit-rules")).ReadOkAsync<System.Text.Json.JsonElement>();
        Assert.Equal("published", rules.GetProperty("published").GetProperty("status").GetString());
    }
}
