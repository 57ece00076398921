using System.Net;
using Npgsql;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>The shipped per-address sign-in limits (the test factory otherwise lifts them).</summary>
public sealed class SchoolLimitsFixture : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Xueshi:RateLimits:SignInsPerAddressPerMinute"] = "300",
        ["Xueshi:RateLimits:SignInBurstPerAddress"] = "300",
        ["Xueshi:RateLimits:SignInsPerPhonePerMinute"] = "10",
    };
}

/// <summary>A school's teachers sign in together at 8:00 from behind the school's one NAT address.</summary>
public sealed class SchoolSignInTests(SchoolLimitsFixture api) : IClassFixture<SchoolLimitsFixture>
{
    private const int Teachers = 200;

    [Fact]
    public async Task Two_hundred_teachers_signing_in_from_one_address_at_once_are_all_served()
    {
        var client = api.CreateClient();
        var phones = await RegisterTeachersAsync(client);

        // Every test client shares one address, as a school's NAT does; eight at a time, as a burst.
        var answers = new HttpStatusCode[Teachers];
        await Parallel.ForEachAsync(Enumerable.Range(0, Teachers), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            answers[i] = (await client.SignInAsync(phones[i], AccountsApi.Password)).StatusCode);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    /// <summary>
    /// One teacher registers through the API; the other 199 are copies of that account row with
    /// their own id and phone (same password hash), so the test spends its time signing in.
    /// </summary>
    private async Task<string[]> RegisterTeachersAsync(HttpClient client)
    {
        var phones = Enumerable.Range(0, Teachers).Select(_ => TestPhones.Next()).ToArray();
        await client.RegisterAsync(phones[0]);
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var copy = new NpgsqlCommand(
            """
            INSERT INTO accounts.accounts
            SELECT (jsonb_populate_record(a, jsonb_build_object('id', gen_random_uuid(), 'phone', p))).*
            FROM accounts.accounts a, unnest(@phones) AS p
            WHERE a.phone = @template
            """, connection);
        copy.Parameters.AddWithValue("phones", phones[1..]);
        copy.Parameters.AddWithValue("template", phones[0]);
        Assert.Equal(Teachers - 1, await copy.ExecuteNonQueryAsync());
        return phones;
    }
}
