using System.Security.Cryptography;

namespace Xueshi.Api.Tests.Infrastructure;

internal sealed record SeededCounty(Guid ProvinceId, Guid CityId, Guid CountyId);

/// <summary>
/// Regions, schools and role grants written straight into the test database: the directory and
/// role endpoints belong to another use case, and these tests need only their rows. Column and
/// enum spellings follow the migration ProfilesSchoolsVerification (snake_case columns, enum
/// names as stored strings). An admin signs in after the grant so the token carries the role.
/// </summary>
internal static class DirectorySeed
{
    /// <summary>山东省 → 济南市 → 历下区, with codes unique to this call so tests never collide.</summary>
    public static async Task<SeededCounty> CreateCountyAsync(string connectionString,
        string province = "山东省", string city = "济南市", string county = "历下区")
    {
        var provinceId = await InsertRegionAsync(connectionString, province, "Province", null);
        var cityId = await InsertRegionAsync(connectionString, city, "City", provinceId);
        var countyId = await InsertRegionAsync(connectionString, county, "County", cityId);
        return new SeededCounty(provinceId, cityId, countyId);
    }

    /// <summary>A county under an existing city (for a second school under the same region admin).</summary>
    public static Task<Guid> CreateCountyUnderAsync(string connectionString, Guid cityId, string county = "市中区") =>
        InsertRegionAsync(connectionString, county, "County", cityId);

    public static async Task<Guid> CreateSchoolAsync(string connectionString, Guid countyId, string? name = null,
        string schoolSystem = "Primary", bool isOther = false)
    {
        return await DirectorySql.InsertSchoolAsync(connectionString, countyId, isOther ? "其他" : name ?? $"测试小学{Suffix()}", schoolSystem, isOther);
    }

    /// <summary>A fresh county with one school; the usual start of a verification test.</summary>
    public static async Task<(SeededCounty County, Guid SchoolId)> CreateSchoolInNewCountyAsync(string connectionString)
    {
        var county = await CreateCountyAsync(connectionString);
        return (county, await CreateSchoolAsync(connectionString, county.CountyId));
    }

    public static Task GrantSchoolAdminAsync(string connectionString, Guid accountId, Guid schoolId) =>
        GrantAsync(connectionString, accountId, "SchoolAdmin", schoolId, null);

    public static Task GrantRegionAdminAsync(string connectionString, Guid accountId, Guid regionId) =>
        GrantAsync(connectionString, accountId, "RegionAdmin", null, regionId);

    /// <summary>Registers an account, makes it the school's admin and signs it in again; returns its access token.</summary>
    public static async Task<string> SchoolAdminAsync(this HttpClient client, string connectionString, Guid schoolId)
    {
        var phone = TestPhones.Next();
        var accountId = await client.RegisterAsync(phone, nickname: "校管理员");
        await GrantSchoolAdminAsync(connectionString, accountId, schoolId);
        return (await client.SignInOkAsync(phone)).AccessToken;
    }

    public static async Task<string> RegionAdminAsync(this HttpClient client, string connectionString, Guid regionId)
    {
        var phone = TestPhones.Next();
        var accountId = await client.RegisterAsync(phone, nickname: "区县管理员");
        await GrantRegionAdminAsync(connectionString, accountId, regionId);
        return (await client.SignInOkAsync(phone)).AccessToken;
    }

    private static Task GrantAsync(string connectionString, Guid accountId, string role, Guid? schoolId, Guid? regionId) =>
        DirectorySql.GrantAsync(connectionString, accountId, role, schoolId, regionId);

    private static Task<Guid> InsertRegionAsync(string connectionString, string name, string level, Guid? parentId) =>
        DirectorySql.InsertRegionAsync(connectionString, name, level, parentId);

    private static string Suffix() => RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
}
