using System.Net.Http.Headers;
using System.Security.Cryptography;
using Npgsql;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>A small region tree of a test's own (random codes, so tests sharing a database never collide).</summary>
internal sealed record TestTree(Guid Province, Guid City, Guid County, Guid OtherCounty, Guid OtherCityCounty, Guid OtherCity);

/// <summary>
/// Arranges what has no API yet, or must exist before anyone could call one (regions, the first
/// roles), straight in the database; everything the test then checks goes through HTTP.
/// </summary>
internal static class DirectorySql
{
    public static async Task<Guid> InsertRegionAsync(string connectionString, string name, string level, Guid? parentId)
    {
        var id = Guid.CreateVersion7();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        await ExecuteAsync(connectionString, "INSERT INTO accounts.regions (id, code, name, level, parent_id) VALUES (@id, @code, @name, @level, @parent)",
            ("id", id), ("code", code), ("name", name), ("level", level), ("parent", (object?)parentId ?? DBNull.Value));
        return id;
    }

    public static async Task<Guid> InsertSchoolAsync(string connectionString, Guid countyId, string name, string system = "Primary", bool isOther = false)
    {
        var id = Guid.CreateVersion7();
        await ExecuteAsync(connectionString,
            "INSERT INTO accounts.schools (id, region_id, name, school_system, is_other, created_at, updated_at) VALUES (@id, @region, @name, @system, @other, now(), now())",
            ("id", id), ("region", countyId), ("name", name), ("system", system), ("other", isOther));
        return id;
    }

    /// <summary>省 → 市 (two counties) and a second 市 with one county, each county with its "其他".</summary>
    public static async Task<TestTree> InsertTreeAsync(string connectionString, string prefix)
    {
        var province = await InsertRegionAsync(connectionString, $"{prefix}省", "Province", null);
        var city = await InsertRegionAsync(connectionString, $"{prefix}市", "City", province);
        var county = await InsertRegionAsync(connectionString, $"{prefix}甲区", "County", city);
        var otherCounty = await InsertRegionAsync(connectionString, $"{prefix}乙县", "County", city);
        var otherCity = await InsertRegionAsync(connectionString, $"{prefix}另市", "City", province);
        var otherCityCounty = await InsertRegionAsync(connectionString, $"{prefix}丙区", "County", otherCity);
        foreach (var c in new[] { county, otherCounty, otherCityCounty })
        {
            await InsertSchoolAsync(connectionString, c, "其他", isOther: true);
        }

        return new TestTree(province, city, county, otherCounty, otherCityCounty, otherCity);
    }

    public static Task GrantAsync(string connectionString, Guid accountId, string role, Guid? schoolId = null, Guid? regionId = null) =>
        ExecuteAsync(connectionString,
            "INSERT INTO accounts.role_grants (id, account_id, role, school_id, region_id, granted_at) VALUES (@id, @account, @role, @school, @region, now())",
            ("id", Guid.CreateVersion7()), ("account", accountId), ("role", role),
            ("school", (object?)schoolId ?? DBNull.Value), ("region", (object?)regionId ?? DBNull.Value));

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>Any statement, for worlds other modules' tests build directly in the database.</summary>
    public static Task ExecuteSqlAsync(string connectionString, string sql, params (string Name, object Value)[] parameters) =>
        ExecuteAsync(connectionString, sql, parameters);

    private static async Task ExecuteAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Calls with a bearer token.</summary>
internal static class AuthorizedCalls
{
    public static Task<HttpResponseMessage> SendAsAsync(this HttpClient client, string? accessToken, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }

        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client.SendAsync(request);
    }

    /// <summary>Registers a new account and signs it in.</summary>
    public static async Task<(Guid AccountId, string Phone, string AccessToken)> NewSignedInAsync(this HttpClient client, string nickname = "测试用户")
    {
        var phone = TestPhones.Next();
        var id = await client.RegisterAsync(phone, nickname);
        var tokens = await client.SignInOkAsync(phone);
        return (id, phone, tokens.AccessToken);
    }
}
