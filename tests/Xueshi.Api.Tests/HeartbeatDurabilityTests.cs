using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// Nothing acknowledged is lost: the Host is killed with SIGKILL while players send heartbeats, started
/// again, and every heartbeat it had answered 200 to is in what it serves afterwards.
/// </summary>
public sealed class HeartbeatDurabilityTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int Players = 8;

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Every_acknowledged_heartbeat_survives_a_killed_host()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "断电也不丢学习记录");
        var players = new List<(string Token, Guid PlaybackId)>();
        for (var i = 0; i < Players; i++)
        {
            var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
            await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
            var started = await _client.StartPlaybackOkAsync(teacher.Token, program.ProgramId, program.QuizVideoId);
            players.Add((teacher.Token, started.GetProperty("playbackId").GetGuid()));
        }

        var media = Path.Combine(Path.GetTempPath(), "xueshi-durability", Guid.NewGuid().ToString("N"));
        var acknowledged = new ConcurrentBag<(Guid PlaybackId, int Sequence, double Position)>();
        await using (var host = await HostProcess.StartAsync(api.ConnectionString, media))
        {
            using var stop = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();
            var load = players.Select(player => Task.Run(async () =>
            {
                var sequence = 0;
                while (!stop.IsCancellationRequested)
                {
                    sequence++;
                    // 1.5× by the real clock, well before the quiz at 110 s: every heartbeat is believable.
                    var position = Math.Round(clock.Elapsed.TotalSeconds * 1.5, 1);
                    try
                    {
                        using var response = await host.Client.SendAsAsync(player.Token, HttpMethod.Post, $"/api/v1/playbacks/{player.PlaybackId}/heartbeats",
                            new { sequence, positionSeconds = position, playbackRate = 1.5, playing = true, @event = sequence == 1 ? "play" : "tick" });
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            acknowledged.Add((player.PlaybackId, sequence, position));
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // The Host is gone: what was in flight was never acknowledged.
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            await Task.Delay(TimeSpan.FromSeconds(4));
            await host.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        Assert.True(acknowledged.Count >= Players * 5, $"only {acknowledged.Count} heartbeats were acknowledged before the kill");

        await using var restarted = await HostProcess.StartAsync(api.ConnectionString, media);
        var progress = await restarted.Client.GetOkAsync(players[0].Token, $"/api/v1/programs/{program.ProgramId}/progress");
        Assert.Equal(program.ProgramId, progress.GetProperty("programId").GetGuid());
        foreach (var player in players)
        {
            var mine = acknowledged.Where(a => a.PlaybackId == player.PlaybackId).ToList();
            Assert.NotEmpty(mine);
            var lastSequence = await DirectorySql.ScalarAsync<int>(api.ConnectionString,
                "SELECT last_sequence FROM learning_progress.playbacks WHERE id = @id", ("id", player.PlaybackId));
            Assert.True(lastSequence >= mine.Max(a => a.Sequence), $"acknowledged up to {mine.Max(a => a.Sequence)}, stored {lastSequence}");

            // What the restarted Host serves: the video watched from 0 to at least the last acknowledged position.
            var started = await restarted.Client.StartPlaybackOkAsync(player.Token, program.ProgramId, program.QuizVideoId);
            var ranges = started.GetProperty("progress").GetProperty("watchedRanges").EnumerateArray().ToList();
            var first = Assert.Single(ranges);
            Assert.Equal(0, first.GetProperty("startSeconds").GetInt32());
            Assert.True(first.GetProperty("endSeconds").GetInt32() >= (int)Math.Floor(mine.Max(a => a.Position)),
                $"acknowledged up to {mine.Max(a => a.Position)} s, watched {first.GetRawText()}");
        }
    }
}
