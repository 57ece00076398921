using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>
/// Heartbeats across long stretches of the Host's clock (minutes, hours, the end of a program's
/// window): in a class of their own, so that the jumps move no other test's clock.
/// </summary>
public sealed class HeartbeatClockTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<string> FreshTokenAsync(SignedInTeacher teacher) =>
        (await _client.SignInOkAsync(teacher.Phone)).AccessToken;

    [Fact]
    public async Task A_45_minute_video_played_at_1x_through_the_HTTP_test_clock_completes()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "四十五分钟专题");
        var videoId = await HeartbeatApi.AddVideoAsync(api.Factory, program, 2700);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, videoId);
        await player.PlayAsync();

        JsonElement last = default;
        for (var tick = 1; tick <= 2700 / 5; tick++)
        {
            var moved = await _client.SendAsAsync(null, HttpMethod.Put, "/api/v1/dev/clock", new { advanceSeconds = 5 });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            if (tick % 120 == 0)
            {
                // Access tokens live 15 minutes of the same clock: the player refreshes its sign-in as the SPA would.
                player.Token = await FreshTokenAsync(teacher);
            }

            last = await player.SendAsync(true, tick == 2700 / 5 ? "ended" : "tick", at: tick * 5);
        }

        var progress = last.Progress();
        Assert.Equal("completed", progress.GetProperty("state").GetString());
        Assert.Equal(2700, progress.GetProperty("studySeconds").GetInt32());
        Assert.Equal([(0, 2700)], last.Ranges());
        Assert.InRange(await HeartbeatApi.WatchTimeAsync(api.ConnectionString, teacher.AccountId, videoId), 2700, 2760);
    }

    [Fact]
    public async Task A_playback_silent_for_more_than_30_minutes_has_expired()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "过期播放专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.ExtensionId);
        await player.PlayAsync();

        api.Factory.Clock.Advance(TimeSpan.FromMinutes(31));
        player.Token = await FreshTokenAsync(teacher);
        var response = await player.SendRawAsync(2, 5, true);

        Assert.Equal("learning.playback_expired", (await response.ReadProblemAsync(HttpStatusCode.Gone)).Code);
        var restarted = await _client.StartPlayerAsync(api.Factory, player.Token, program.ProgramId, program.ExtensionId);
        Assert.Equal(1, (await restarted.PlayAsync()).GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task Heartbeats_after_the_windows_end_credit_nothing()
    {
        var today = CatalogSeed.Today(api.Factory);
        var program = await CatalogSeed.ProgramAsync(api.Factory, "今日截止专题", today.AddDays(-1), today);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);

        // Twenty seconds before the window closes (midnight in Beijing).
        var endsAt = new StudyWindow(today.AddDays(-1), today).EndsAt;
        api.Factory.Clock.Advance(endsAt - api.Factory.Clock.GetUtcNow() - TimeSpan.FromSeconds(20));
        var token = await FreshTokenAsync(teacher);
        var player = await _client.StartPlayerAsync(api.Factory, token, program.ProgramId, program.QuizVideoId);
        await player.PlayAsync();
        var before = await player.PlayForAsync(10);
        Assert.Equal([(0, 10)], before.Ranges());
        var watchTime = await HeartbeatApi.WatchTimeAsync(api.ConnectionString, teacher.AccountId, program.QuizVideoId);

        api.Factory.Clock.Advance(TimeSpan.FromSeconds(12));
        var after = await player.PlayForAsync(10);

        Assert.False(after.GetProperty("credited").GetBoolean());
        Assert.Equal([(0, 10)], after.Ranges());
        Assert.Equal(watchTime, await HeartbeatApi.WatchTimeAsync(api.ConnectionString, teacher.AccountId, program.QuizVideoId));
    }
}
