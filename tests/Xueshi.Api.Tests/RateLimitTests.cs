using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class TightLimitsFixture : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Xueshi:RateLimits:SmsCodesPerAddressPerHour"] = "3",
        ["Xueshi:RateLimits:SignInsPerAddressPerMinute"] = "4",
    };
}

/// <summary>One client hammering many numbers is stopped per address, beyond the per-number rules.</summary>
public sealed class RateLimitTests(TightLimitsFixture api) : IClassFixture<TightLimitsFixture>
{
    [Fact]
    public async Task SMS_codes_are_limited_per_client_address()
    {
        var client = api.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.RequestCodeAsync(TestPhones.Next(), "register")).StatusCode);
        }

        var limited = await (await client.RequestCodeAsync(TestPhones.Next(), "register")).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate_limited", limited.Code);
    }

    [Fact]
    public async Task Sign_ins_are_limited_per_client_address()
    {
        var client = api.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync(TestPhones.Next(), "Wrong12345")).StatusCode);
        }

        var limited = await (await client.SignInAsync(TestPhones.Next(), "Wrong12345")).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate_limited", limited.Code);
    }
}
