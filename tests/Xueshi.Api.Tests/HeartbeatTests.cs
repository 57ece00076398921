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

    [Fact]
    public async Task Play_at_2x_is_credited_and_16x_is_not()
    {
        var (program, teacher) = await EnrolledAsync("倍速专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.QuizVideoId);
        await player.PlayAsync();

        var doubled = await player.PlayForAsync(10, rate: 2);
        Assert.True(doubled.GetProperty("credited").GetBoolean());
        Assert.Equal([(0, 20)], doubled.Ranges());

        var sixteen = await player.PlayForAsync(5, rate: 16);
        Assert.False(sixteen.GetProperty("credited").GetBoolean());
        Assert.Equal(100, sixteen.GetProperty("positionSeconds").GetDouble());
        Assert.Equal([(0, 20)], sixteen.Ranges());
    }

    [Fact]
    public async Task Replayed_and_out_of_order_heartbeats_change_nothing()
    {
        var (program, teacher) = await EnrolledAsync("重复心跳专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.ExtensionId);
        await player.PlayAsync();
        var taken = await player.PlayForAsync(10);
        Assert.Equal(3, player.Sequence);

        api.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        // Sequence 2 arrives late, claiming more; sequence 3 is replayed: neither moves anything.
        var late = await (await player.SendRawAsync(2, 14, true)).ReadOkAsync<JsonElement>();
        var replayed = await (await player.SendRawAsync(3, 10, true)).ReadOkAsync<JsonElement>();
        foreach (var duplicate in new[] { late, replayed })
        {
            Assert.True(duplicate.GetProperty("duplicate").GetBoolean());
            Assert.False(duplicate.GetProperty("credited").GetBoolean());
            Assert.Equal(10, duplicate.GetProperty("positionSeconds").GetDouble());
            Assert.Equal(taken.Ranges(), duplicate.Ranges());
        }

        var next = await player.SendAsync(true, at: 15);
        Assert.False(next.GetProperty("duplicate").GetBoolean());
        Assert.Equal([(0, 15)], next.Ranges());
    }

    [Fact]
    public async Task Two_devices_playing_at_once_do_not_double_watch_time()
    {
        var (program, teacher) = await EnrolledAsync("两台设备专题");
        var phone = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.QuizVideoId);
        var laptop = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.QuizVideoId);
        await phone.PlayAsync();
        await laptop.PlayAsync();

        for (var tick = 0; tick < 6; tick++)
        {
            api.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
            await phone.SendAsync(true, at: phone.Position + 5);
            await laptop.SendAsync(true, at: laptop.Position + 5);
        }

        // 30 s of the clock (and a few milliseconds of real time), not 60.
        var watchTime = await HeartbeatApi.WatchTimeAsync(api.ConnectionString, teacher.AccountId, program.QuizVideoId);
        Assert.InRange(watchTime, 30, 31);
    }

    [Fact]
    public async Task Another_teachers_playback_is_not_found()
    {
        var (program, teacher) = await EnrolledAsync("他人播放专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.ExtensionId);
        var stranger = await _client.TeacherAtSchoolAsync(api.ConnectionString);

        var response = await _client.HeartbeatAsync(stranger.Token, player.PlaybackId, new { sequence = 1, positionSeconds = 0, playing = true });

        Assert.Equal("learning.playback_not_found", (await response.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal(0, (await player.PlayAsync()).Progress().GetProperty("watchedSeconds").GetInt32());
    }

    [Fact]
    public async Task A_position_beyond_the_end_is_clamped_to_the_duration()
    {
        var (program, teacher) = await EnrolledAsync("越界位置专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.ExtensionId);
        await player.PlayAsync();
        await player.PlayToAsync(58);

        api.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var beyond = await player.SendAsync(true, "ended", at: 500);

        Assert.Equal(60.5, beyond.GetProperty("positionSeconds").GetDouble());
        Assert.Equal([(0, 60)], beyond.Ranges());
        Assert.Equal("completed", beyond.Progress().GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_text_completes_after_its_minimum_visible_time_and_hidden_time_does_not_count()
    {
        var (program, teacher) = await EnrolledAsync("文本阅读专题");
        var reader = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.TextId);
        await reader.SendAsync(true, "play", hasPosition: false);
        for (var tick = 0; tick < 6; tick++)
        {
            api.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
            await reader.SendAsync(true, hasPosition: false);
        }

        api.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var hidden = await reader.SendAsync(false, "hidden", hasPosition: false);
        Assert.InRange(hidden.Progress().GetProperty("readingSeconds").GetDouble(), 35, 36);

        // Ten minutes in another tab: not reading.
        api.Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var back = await reader.SendAsync(true, "play", hasPosition: false);
        Assert.InRange(back.Progress().GetProperty("readingSeconds").GetDouble(), 35, 36);
        Assert.Equal("inProgress", back.Progress().GetProperty("state").GetString());
        Assert.Equal(0, back.Progress().GetProperty("studySeconds").GetInt32());

        JsonElement last = default;
        for (var tick = 0; tick < 5; tick++)
        {
            api.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
            last = await reader.SendAsync(true, hasPosition: false);
        }

        Assert.Equal("completed", last.Progress().GetProperty("state").GetString());
        Assert.Equal(300, last.Progress().GetProperty("studySeconds").GetInt32());
        Assert.True(!last.TryGetProperty("positionSeconds", out var position) || position.ValueKind == JsonValueKind.Null);
        Assert.Equal(1, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.TextId));
    }

    [Fact]
    public async Task Before_the_quiz_is_complete_nothing_after_its_position_is_credited()
    {
        var (program, teacher) = await EnrolledAsync("测试题门槛专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.QuizVideoId);
        await player.PlayAsync();

        var beforeQuiz = await player.PlayToAsync(105);
        Assert.False(beforeQuiz.GetProperty("quizDue").GetBoolean());
        var atQuiz = await player.PlayToAsync(120);

        Assert.True(atQuiz.GetProperty("quizDue").GetBoolean());
        Assert.Equal([(0, 110)], atQuiz.Ranges());
        Assert.Equal("inProgress", atQuiz.Progress().GetProperty("state").GetString());
        Assert.Equal(0, atQuiz.Progress().GetProperty("studySeconds").GetInt32());
    }

    [Fact]
    public async Task Heartbeats_of_many_teachers_at_once_are_all_acknowledged_and_stored()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "并发心跳专题");
        var players = new List<(SignedInTeacher Teacher, SimulatedPlayer Player)>();
        for (var i = 0; i < 16; i++)
        {
            var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
            await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
            players.Add((teacher, await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.QuizVideoId)));
        }

        // One teacher also plays on a second device: two of their heartbeats arrive together.
        var second = await _client.StartPlayerAsync(api.Factory, players[0].Teacher.Token, program.ProgramId, program.QuizVideoId);
        var all = players.Select(p => p.Player).Append(second).ToList();

        await Task.WhenAll(all.Select(p => p.PlayAsync()));
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var ticks = await Task.WhenAll(all.Select(p => p.SendAsync(true, at: 5)));

        Assert.All(ticks, t => Assert.True(t.GetProperty("credited").GetBoolean()));
        foreach (var (teacher, player) in players)
        {
            Assert.Equal(2, await DirectorySql.ScalarAsync<int>(api.ConnectionString,
                "SELECT last_sequence FROM learning_progress.playbacks WHERE teacher_id = @teacher AND id = @id", ("teacher", teacher.AccountId), ("id", player.PlaybackId)));
            Assert.Equal(5, await DirectorySql.ScalarAsync<int>(api.ConnectionString,
                "SELECT watched_seconds FROM learning_progress.resource_progress WHERE teacher_id = @teacher AND resource_id = @resource",
                ("teacher", teacher.AccountId), ("resource", program.QuizVideoId)));
        }
    }
}
