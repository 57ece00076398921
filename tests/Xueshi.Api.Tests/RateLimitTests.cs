using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class TightLimitsFixture : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Xueshi:RateLimits:SmsCodesPerAddressPerHour"] = "3",
        ["Xueshi:RateLimits:SignInsPerAddressPerMinute"] = "4",
        ["Xueshi:RateLimits:SignInBurstPerAddress"] = "4",
        // No top-up while the test runs, however slow the machine.
        ["Xueshi:RateLimits:SignInRefillPeriod"] = "01:00:00",
        ["Xueshi:RateLimits:SignInsPerPhonePerMinute"] = "100000",
    };
}

public sealed class PhoneLimitFixture : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Xueshi:RateLimits:SignInsPerPhonePerMinute"] = "3",
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

/// <summary>Many addresses cannot hammer one number: sign-ins are counted per phone too, successes included.</summary>
public sealed class PhoneRateLimitTests(PhoneLimitFixture api) : IClassFixture<PhoneLimitFixture>
{
    [Fact]
    public async Task Sign_ins_are_limited_per_phone_number()
    {
        var client = api.CreateClient();
        var phone = TestPhones.Next();
        await client.RegisterAsync(phone);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(phone, AccountsApi.Password)).StatusCode);
        }

        var limited = await (await client.SignInAsync(phone, AccountsApi.Password)).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate_limited", limited.Code);
        Assert.True(limited.Body.GetProperty("retryAfterSeconds").GetInt32() > 0);

        // Another teacher on the same address is not held up by it.
        var other = TestPhones.Next();
        await client.RegisterAsync(other);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(other, AccountsApi.Password)).StatusCode);
    }
}
