using System.Net;
using System.Text.Json;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>The player's heartbeats as the SPA sends them, and what they left in the database.</summary>
internal static class HeartbeatApi
{
    public static Task<HttpResponseMessage> HeartbeatAsync(this HttpClient client, string? token, Guid playbackId, object body) =>
        client.SendAsAsync(token, HttpMethod.Post, $"/api/v1/playbacks/{playbackId}/heartbeats", body);

    public static async Task<JsonElement> HeartbeatOkAsync(this HttpClient client, string token, Guid playbackId, object body) =>
        await (await client.HeartbeatAsync(token, playbackId, body)).ReadOkAsync<JsonElement>();

    /// <summary>Starts a playback and returns a player for it.</summary>
    public static async Task<SimulatedPlayer> StartPlayerAsync(this HttpClient client, XueshiApiFactory factory, string token, Guid programId, Guid resourceId)
    {
        var started = await client.StartPlaybackOkAsync(token, programId, resourceId);
        return new SimulatedPlayer(client, factory, token, started.GetProperty("playbackId").GetGuid(),
            started.GetProperty("resumePositionSeconds").GetDouble());
    }

    public static Task<long> CompletedEventsAsync(string connectionString, Guid teacherId, Guid resourceId) =>
        DirectorySql.ScalarAsync<long>(connectionString,
            "SELECT count(*) FROM learning_progress.outbox_messages WHERE type LIKE '%ResourceCompleted%' AND payload->>'teacherId' = @teacher AND payload->>'resourceId' = @resource",
            ("teacher", teacherId.ToString()), ("resource", resourceId.ToString()));

    public static Task<double> WatchTimeAsync(string connectionString, Guid teacherId, Guid resourceId) =>
        DirectorySql.ScalarAsync<double>(connectionString,
            "SELECT watch_time_seconds FROM learning_progress.resource_progress WHERE teacher_id = @teacher AND resource_id = @resource",
            ("teacher", teacherId), ("resource", resourceId));

    public static IReadOnlyList<(int Start, int End)> Ranges(this JsonElement heartbeat) =>
        [.. heartbeat.GetProperty("progress").GetProperty("watchedRanges").EnumerateArray()
            .Select(r => (r.GetProperty("startSeconds").GetInt32(), r.GetProperty("endSeconds").GetInt32()))];

    public static JsonElement Progress(this JsonElement heartbeat) => heartbeat.GetProperty("progress");
}

/// <summary>
/// A player on one device, following the protocol: a sequence number per heartbeat, the position it
/// is at, a tick every few seconds of the Host's (test) clock, which the player moves instead of sleeping.
/// </summary>
internal sealed class SimulatedPlayer(HttpClient client, XueshiApiFactory factory, string token, Guid playbackId, double position)
{
    public Guid PlaybackId { get; } = playbackId;

    public int Sequence { get; private set; }

    public double Position { get; private set; } = position;

    public string Token { get; set; } = token;

    public Task<HttpResponseMessage> SendRawAsync(int sequence, double? position, bool playing, string eventName = "tick") =>
        client.HeartbeatAsync(Token, PlaybackId, new { sequence, positionSeconds = position, playbackRate = 1.0, playing, @event = eventName });

    /// <summary>The next heartbeat, at the player's position (or a given one).</summary>
    public async Task<JsonElement> SendAsync(bool playing, string eventName = "tick", double? at = null, bool hasPosition = true)
    {
        Position = at ?? Position;
        return await (await SendRawAsync(++Sequence, hasPosition ? Position : null, playing, eventName)).ReadOkAsync<JsonElement>();
    }

    public Task<JsonElement> PlayAsync() => SendAsync(true, "play");

    public Task<JsonElement> PauseAsync() => SendAsync(false, "pause");

    /// <summary>Jumps to a position (a seek heartbeat), still playing.</summary>
    public Task<JsonElement> SeekAsync(double to) => SendAsync(true, "seek", to);

    /// <summary>Plays for some seconds of wall-clock time at a rate, a tick every <paramref name="step"/> seconds (the clock moves, nobody sleeps).</summary>
    public async Task<JsonElement> PlayForAsync(double seconds, double rate = 1, double step = 5, double? duration = null)
    {
        JsonElement last = default;
        for (var played = 0.0; played < seconds - 1e-9; played += step)
        {
            var tick = Math.Min(step, seconds - played);
            factory.Clock.Advance(TimeSpan.FromSeconds(tick));
            var next = Position + tick * rate;
            last = await SendAsync(true, at: duration is { } d ? Math.Min(next, d) : next);
        }

        return last;
    }

    /// <summary>Plays from the current position to a position at a rate (1× by default).</summary>
    public Task<JsonElement> PlayToAsync(double to, double rate = 1, double step = 5) =>
        PlayForAsync((to - Position) / rate, rate, step, to);
}
