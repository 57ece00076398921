using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// 学习心跳: the server alone decides what was watched, by its own clock (the test clock, moved
/// instead of sleeping): what is credited, what is study time, when a resource is complete.
/// </summary>
public sealed class HeartbeatTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<(SeededProgram Program, SignedInTeacher Teacher)> EnrolledAsync(string title)
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, title);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        return (program, teacher);
    }

    [Fact]
    public async Task Continuous_play_at_1x_completes_and_adds_the_whole_duration_to_study_time_once()
    {
        var (program, teacher) = await EnrolledAsync("连续播放专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.ExtensionId);

        var first = await player.PlayAsync();
        Assert.Equal("inProgress", first.Progress().GetProperty("state").GetString());
        var halfway = await player.PlayToAsync(30);
        Assert.True(halfway.GetProperty("credited").GetBoolean());
        Assert.Equal([(0, 30)], halfway.Ranges());
        Assert.Equal(0, halfway.Progress().GetProperty("studySeconds").GetInt32());

        var end = await player.PlayToAsync(60.5);

        var progress = end.Progress();
        Assert.Equal("completed", progress.GetProperty("state").GetString());
        Assert.Equal(100, progress.GetProperty("percentWatched").GetDouble());
        Assert.Equal(61, progress.GetProperty("studySeconds").GetInt32());
        Assert.Equal([(0, 60)], end.Ranges());
        Assert.NotNull(progress.GetProperty("completedAt").GetString());
        Assert.Equal(1, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.ExtensionId));

        // Watching it again (a new playback) adds nothing: the same 已学习, the same completion, no second event.
        var again = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.ExtensionId);
        Assert.Equal(0, again.Position);
        await again.PlayAsync();
        var replayed = await again.PlayToAsync(60.5);
        Assert.Equal(61, replayed.Progress().GetProperty("studySeconds").GetInt32());
        Assert.Equal(progress.GetProperty("completedAt").GetString(), replayed.Progress().GetProperty("completedAt").GetString());
        Assert.Equal(1, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.ExtensionId));
    }

    [Fact]
    public async Task A_seek_to_the_end_does_not_complete_and_the_skipped_part_is_a_gap_with_no_study_time()
    {
        var (program, teacher) = await EnrolledAsync("拖动进度专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.ExtensionId);
        await player.PlayAsync();
        await player.PlayToAsync(20);

        var seek = await player.SeekAsync(55);
        Assert.False(seek.GetProperty("credited").GetBoolean());
        var end = await player.PlayToAsync(60.5);

        Assert.Equal([(0, 20), (55, 60)], end.Ranges());
        var progress = end.Progress();
        Assert.Equal("inProgress", progress.GetProperty("state").GetString());
        Assert.Equal(25, progress.GetProperty("watchedSeconds").GetInt32());
        Assert.Equal(0, progress.GetProperty("studySeconds").GetInt32());
        Assert.Equal(0, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.ExtensionId));
    }
}
