using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

internal sealed record RoleGrantItem(Guid Id, Guid AccountId, string Phone, string Nickname, string Role, Guid? SchoolId, string? SchoolName,
    Guid? RegionId, string? RegionName, DateTimeOffset GrantedAt, Guid? GrantedBy);

/// <summary>Operators grant and revoke roles; nobody else can.</summary>
public sealed class RoleGrantTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<(Guid AccountId, string Phone, string AccessToken)> OperatorAsync()
    {
        var op = await _client.NewSignedInAsync("运营");
        await DirectorySql.GrantAsync(api.ConnectionString, op.AccountId, "Operator");
        return op;
    }

    [Fact]
    public async Task An_operator_makes_a_teacher_school_admin_and_the_role_shows_after_the_next_refresh()
    {
        var op = await OperatorAsync();
        var tree = await DirectorySql.InsertTreeAsync(api.ConnectionString, "授权");
        var school = await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "授权区实验小学");
        var teacherPhone = TestPhones.Next();
        await _client.RegisterAsync(teacherPhone, "王校长");
        var before = await _client.SignInOkAsync(teacherPhone);

        var response = await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants",
            new { phone = teacherPhone, role = "schoolAdmin", schoolId = school });
        var grant = await response.ReadOkAsync<RoleGrantItem>(HttpStatusCode.Created);
        Assert.Equal("schoolAdmin", grant.Role);
        Assert.Equal("授权区实验小学", grant.SchoolName);
        Assert.Equal(op.AccountId, grant.GrantedBy);

        // What the role allows works at once: the server checks grants, not the token.
        var corrected = await _client.SendAsAsync(before.AccessToken, HttpMethod.Patch, $"/api/v1/schools/{school}", new { schoolSystem = "combined" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        // The token's role claims follow at the next refresh.
        var refreshed = await (await _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken = before.RefreshToken })).ReadOkAsync<Tokens>();
        var me = await (await _client.GetMeAsync(refreshed.AccessToken)).ReadOkAsync<Me>();
        Assert.Equal(["schoolAdmin"], me.Roles);
        Assert.Contains("schoolAdmin", ClaimsOf(refreshed.AccessToken));

        var listed = await (await _client.SendAsAsync(op.AccessToken, HttpMethod.Get, $"/api/v1/role-grants?phone={teacherPhone}")).ReadOkAsync<RoleGrantItem[]>();
        Assert.Equal(grant.Id, Assert.Single(listed).Id);

        var revoked = await _client.SendAsAsync(op.AccessToken, HttpMethod.Delete, $"/api/v1/role-grants/{grant.Id}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        var afterRevoke = await _client.SendAsAsync(refreshed.AccessToken, HttpMethod.Patch, $"/api/v1/schools/{school}", new { schoolSystem = "primary" });
        Assert.Equal("accounts.school_not_found", (await afterRevoke.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Empty(await (await _client.SendAsAsync(op.AccessToken, HttpMethod.Get, $"/api/v1/role-grants?phone={teacherPhone}")).ReadOkAsync<RoleGrantItem[]>());
    }

    [Fact]
    public async Task A_non_operator_is_refused_with_403()
    {
        var teacher = await _client.NewSignedInAsync();
        var target = TestPhones.Next();
        await _client.RegisterAsync(target);

        var grant = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, "/api/v1/role-grants", new { phone = target, role = "operator" });
        Assert.Equal("auth.forbidden", (await grant.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);

        var list = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Get, "/api/v1/role-grants");
        Assert.Equal("auth.forbidden", (await list.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);

        var revoke = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Delete, $"/api/v1/role-grants/{Guid.NewGuid()}");
        Assert.Equal("auth.forbidden", (await revoke.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);

        var anonymous = await _client.PostJsonAsync("/api/v1/role-grants", new { phone = target, role = "operator" });
        Assert.Equal("auth.unauthenticated", (await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task A_school_admin_cannot_grant_roles_either()
    {
        var tree = await DirectorySql.InsertTreeAsync(api.ConnectionString, "校管");
        var school = await DirectorySql.InsertSchoolAsync(api.ConnectionString, tree.County, "校管区小学");
        var admin = await _client.NewSignedInAsync("校长");
        await DirectorySql.GrantAsync(api.ConnectionString, admin.AccountId, "SchoolAdmin", schoolId: school);
        var teacher = TestPhones.Next();
        await _client.RegisterAsync(teacher);

        var response = await _client.SendAsAsync(admin.AccessToken, HttpMethod.Post, "/api/v1/role-grants",
            new { phone = teacher, role = "schoolAdmin", schoolId = school });
        Assert.Equal("auth.forbidden", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
    }

    [Fact]
    public async Task Scope_rules_are_400_with_the_field_named()
    {
        var op = await OperatorAsync();
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);

        var noSchool = await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants", new { phone, role = "schoolAdmin" });
        Assert.Contains("schoolId", (await noSchool.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var noRegion = await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants", new { phone, role = "regionAdmin" });
        Assert.Contains("regionId", (await noRegion.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var scopedOperator = await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants",
            new { phone, role = "support", regionId = Guid.NewGuid() });
        Assert.Contains("regionId", (await scopedOperator.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var noRole = await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants", new { phone });
        Assert.Contains("role", (await noRole.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task Unknown_phone_school_and_region_are_404()
    {
        var op = await OperatorAsync();
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);

        var unknownPhone = await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants", new { phone = TestPhones.Next(), role = "support" });
        Assert.Equal("accounts.not_found", (await unknownPhone.ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var unknownSchool = await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants",
            new { phone, role = "schoolAdmin", schoolId = Guid.NewGuid() });
        Assert.Equal("accounts.school_not_found", (await unknownSchool.ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var unknownRegion = await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants",
            new { phone, role = "regionAdmin", regionId = Guid.NewGuid() });
        Assert.Equal("accounts.region_not_found", (await unknownRegion.ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var unknownGrant = await _client.SendAsAsync(op.AccessToken, HttpMethod.Delete, $"/api/v1/role-grants/{Guid.NewGuid()}");
        Assert.Equal("accounts.role_grant_not_found", (await unknownGrant.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task Granting_the_same_role_twice_is_409_and_a_region_admin_gets_the_region_name()
    {
        var op = await OperatorAsync();
        var tree = await DirectorySql.InsertTreeAsync(api.ConnectionString, "重复");
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var body = new { phone, role = "regionAdmin", regionId = tree.City };

        var first = await (await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants", body)).ReadOkAsync<RoleGrantItem>(HttpStatusCode.Created);
        Assert.Equal("重复市", first.RegionName);

        var second = await _client.SendAsAsync(op.AccessToken, HttpMethod.Post, "/api/v1/role-grants", body);
        Assert.Equal("accounts.role_already_granted", (await second.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task The_last_operator_cannot_be_revoked()
    {
        // A database of its own: other tests of this class add operators.
        var connection = await ApiDatabase.CreateAsync(nameof(The_last_operator_cannot_be_revoked));
        try
        {
            await using var factory = new XueshiApiFactory(connection);
            using var client = factory.CreateClient();
            var op = await client.NewSignedInAsync("唯一运营");
            await DirectorySql.GrantAsync(connection, op.AccountId, "Operator");
            var grants = await (await client.SendAsAsync(op.AccessToken, HttpMethod.Get, $"/api/v1/role-grants?phone={op.Phone}")).ReadOkAsync<RoleGrantItem[]>();

            var response = await client.SendAsAsync(op.AccessToken, HttpMethod.Delete, $"/api/v1/role-grants/{Assert.Single(grants).Id}");
            Assert.Equal("accounts.last_operator", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        }
        finally
        {
            await Xueshi.Testing.TestDatabases.DropDatabaseAsync(connection);
        }
    }

    private static string[] ClaimsOf(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        var json = System.Text.Json.JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement;
        return !json.TryGetProperty("role", out var role) ? []
            : role.ValueKind == System.Text.Json.JsonValueKind.Array ? role.EnumerateArray().Select(r => r.GetString()!).ToArray()
            : [role.GetString()!];
    }
}
