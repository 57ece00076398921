using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// Nothing acknowledged is lost: players send heartbeats to a Host process, the process is killed
/// with SIGKILL under load, and every heartbeat that was answered 200 is in the database, and seen
/// by the restarted Host.
/// </summary>
public sealed class HeartbeatDurabilityTests(ApiFixture api) : IClassFixture<ApiFixture>
{

    [Fact]
    public async Task Every_acknowledged_heartbeat_survives_a_kill_9_of_the_Host_under_load()
    {
        var client = api.CreateClient();
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "断电心跳专题");
        var players = new List<(SignedInTeacher Teacher, Guid PlaybackId)>();
        for (var i = 0; i < 8; i++)
        {
            var teacher = await client.TeacherAtSchoolAsync(api.ConnectionString);
            await client.EnrollOkAsync(teacher.Token, program.ProgramId);
            var started = await client.StartPlaybackOkAsync(teacher.Token, program.ProgramId, program.QuizVideoId);
            players.Add((teacher, started.GetProperty("playbackId").GetGuid()));
        }

        var acknowledged = new ConcurrentDictionary<Guid, int>();
        // A free port, chosen once: the restarted Host answers where the first one did.
        var port = HostProcess.FreePort();
        using (var host = await HostProcess.StartAsync(api.ConnectionString, port, api.Factory.Clock))
        {
            using var load = new CancellationTokenSource();
            var senders = players.Select(p => Task.Run(async () =>
            {
                for (var sequence = 1; !load.IsCancellationRequested; sequence++)
                {
                    try
                    {
                        var response = await host.Client.HeartbeatAsync(p.Teacher.Token, p.PlaybackId,
                            new { sequence, positionSeconds = 0.0, playing = true });
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            return;
                        }

                        acknowledged[p.PlaybackId] = sequence;
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        return; // The Host is gone: this heartbeat was never acknowledged.
                    }
                }
            })).ToList();

            // Kill it mid-load, once every player has had heartbeats acknowledged (or the senders stopped: a refusal fails below).
            while ((acknowledged.Count < players.Count || acknowledged.Values.Min() < 20) && senders.Any(s => !s.IsCompleted))
            {
                await Task.Delay(20);
            }

            Assert.True(acknowledged.Count == players.Count && acknowledged.Values.Min() >= 20, "The Host stopped acknowledging heartbeats before the kill.");

            host.Kill();
            await load.CancelAsync();
            await Task.WhenAll(senders);
        }

        foreach (var (teacher, playbackId) in players)
        {
            var stored = await DirectorySql.ScalarAsync<int>(api.ConnectionString,
                "SELECT last_sequence FROM learning_progress.playbacks WHERE teacher_id = @teacher AND id = @id", ("teacher", teacher.AccountId), ("id", playbackId));
            Assert.True(stored >= acknowledged[playbackId], $"Acknowledged {acknowledged[playbackId]}, stored {stored}.");
        }

        using var restarted = await HostProcess.StartAsync(api.ConnectionString, port, api.Factory.Clock);
        foreach (var (teacher, playbackId) in players)
        {
            var again = await (await restarted.Client.HeartbeatAsync(teacher.Token, playbackId,
                new { sequence = acknowledged[playbackId], positionSeconds = 0.0, playing = true })).ReadOkAsync<JsonElement>();
            Assert.True(again.GetProperty("duplicate").GetBoolean());
        }
    }
}
