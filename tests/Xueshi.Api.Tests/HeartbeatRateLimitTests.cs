using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>A Host with the real per-playback heartbeat limit (a burst of 10), refilled so slowly that the test decides every token.</summary>
public sealed class HeartbeatRateLimitFixture : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Xueshi:RateLimits:HeartbeatBurstPerPlayback"] = "10",
        ["Xueshi:RateLimits:HeartbeatsPerPlaybackPerRefill"] = "1",
        ["Xueshi:RateLimits:HeartbeatRefillPeriod"] = "01:00:00",
    };
}

/// <summary>A flood of heartbeats from one playback is refused with 429; other playbacks go on.</summary>
public sealed class HeartbeatRateLimitTests(HeartbeatRateLimitFixture api) : IClassFixture<HeartbeatRateLimitFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_flooding_playback_gets_429_while_another_playback_is_served()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "心跳限流专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var flooding = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.QuizVideoId);
        var other = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.ExtensionId);

        for (var i = 1; i <= 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await flooding.SendRawAsync(i, 0, true)).StatusCode);
        }

        var refused = await flooding.SendRawAsync(11, 0, true);

        Assert.Equal("rate_limited", (await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests)).Code);
        Assert.Equal(HttpStatusCode.OK, (await other.SendRawAsync(1, 0, true)).StatusCode);
    }
}
