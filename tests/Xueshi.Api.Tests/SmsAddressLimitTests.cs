using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class SmsAddressLimitFixture : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Xueshi:Sms:DailyLimitPerAddress"] = "3",
    };
}

/// <summary>
/// Codes cost money: one address asking for many numbers is stopped for the day, counted in the
/// database (so a restart or a second instance does not reset it), codes never sent included.
/// </summary>
public sealed class SmsAddressLimitTests(SmsAddressLimitFixture api) : IClassFixture<SmsAddressLimitFixture>
{
    [Fact]
    public async Task SMS_codes_are_capped_per_client_address_per_day()
    {
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await client.RequestCodeAsync(TestPhones.Next(), "register")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.RequestCodeAsync(TestPhones.Next(), "register")).StatusCode);
        // A sign-in code for an unknown number is not sent, but it is counted like the others.
        Assert.Equal(HttpStatusCode.Accepted, (await client.RequestCodeAsync(TestPhones.Next(), "signIn")).StatusCode);

        var limited = await (await client.RequestCodeAsync(TestPhones.Next(), "register")).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("accounts.sms_address_daily_limit", limited.Code);

        // Counted in the database: a restarted (or another) instance refuses too.
        await using var restarted = new XueshiApiFactory(api.ConnectionString, new Dictionary<string, string?> { ["Xueshi:Sms:DailyLimitPerAddress"] = "3" });
        var again = restarted.CreateClient();
        var stillLimited = await (await again.RequestCodeAsync(TestPhones.Next(), "register")).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("accounts.sms_address_daily_limit", stillLimited.Code);

        // The next day the address may ask again.
        restarted.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Accepted, (await again.RequestCodeAsync(TestPhones.Next(), "register")).StatusCode);
    }
}
