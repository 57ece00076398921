// The heartbeat benchmark's baseline (bench/scenarios/heartbeat.mjs): what one heartbeat costs when
// it is nothing but its database write. Each of --concurrency workers plays one of the given
// playbacks at 1×–2× by the real clock and sends ONE statement per heartbeat: advance the playback
// (sequence, position, time) and merge the played segment and the watch time into the resource's
// progress, the same rows and the same int4multirange merge the API's heartbeat does, without the
// believability check, batching or HTTP. Prints {"times":[ms...],"seconds":s,"failures":n}.
//
//   dotnet HeartbeatBaseline.dll --connection "<Npgsql connection string>" --seconds 2 --warmup 0
//     --concurrency 32 --playbacks teacherId:playbackId,teacherId:playbackId,...
using System.Diagnostics;
using System.Text.Json;
using Npgsql;

var options = Arguments.Parse(args);
var builder = new NpgsqlConnectionStringBuilder(options.Connection)
{
    // As the Host does (ModuleDataSource): prepared statements, no reset on return to the pool.
    MaxAutoPrepare = 128,
    NoResetOnClose = true,
    MaxPoolSize = Math.Max(100, options.Concurrency * 2),
};
await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);

const string Sql = """
    WITH pb AS (
        UPDATE learning_progress.playbacks
        SET last_sequence = last_sequence + 1, last_position = @position, last_heartbeat_at = @now,
            expires_at = @now + interval '30 minutes', playing = true
        WHERE teacher_id = @teacher AND id = @playback
        RETURNING teacher_id, resource_id)
    UPDATE learning_progress.resource_progress AS rp
    SET watched = rp.watched + int4multirange(int4range(@from, @to)),
        watched_seconds = rp.watched_seconds + greatest(0, @to - @from),
        watch_time_seconds = rp.watch_time_seconds + @elapsed,
        watch_clock_until = @now, last_position = @position, updated_at = @now
    FROM pb WHERE rp.teacher_id = pb.teacher_id AND rp.resource_id = pb.resource_id
    """;

var stop = Stopwatch.StartNew();
var warmupEnds = TimeSpan.FromSeconds(options.Warmup);
var ends = warmupEnds + TimeSpan.FromSeconds(options.Seconds);
var results = await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async worker =>
{
    var (teacher, playback) = options.Playbacks[worker % options.Playbacks.Count];
    var rate = 1 + (worker % 5) * 0.25;
    var times = new List<double>();
    var failures = 0;
    var position = 0.0;
    var last = stop.Elapsed;
    await using var connection = await dataSource.OpenConnectionAsync();
    while (stop.Elapsed < ends)
    {
        var started = stop.Elapsed;
        var elapsed = (started - last).TotalSeconds;
        var next = Math.Min(2700, position + elapsed * rate);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("teacher", teacher);
        command.Parameters.AddWithValue("playback", playback);
        command.Parameters.AddWithValue("position", next);
        command.Parameters.AddWithValue("now", DateTimeOffset.UtcNow);
        command.Parameters.AddWithValue("from", (int)Math.Floor(position));
        command.Parameters.AddWithValue("to", (int)Math.Floor(next));
        command.Parameters.AddWithValue("elapsed", Math.Min(elapsed, 30));
        try
        {
            await command.ExecuteNonQueryAsync();
            if (started >= warmupEnds)
            {
                times.Add((stop.Elapsed - started).TotalMilliseconds);
            }
        }
        catch (NpgsqlException)
        {
            failures++;
        }

        position = next;
        last = started;
    }

    return (times, failures);
}));

Console.WriteLine(JsonSerializer.Serialize(new
{
    times = results.SelectMany(r => r.times).Select(t => Math.Round(t, 3)),
    seconds = options.Seconds,
    failures = results.Sum(r => r.failures),
}));

internal sealed record Arguments(string Connection, double Seconds, double Warmup, int Concurrency, IReadOnlyList<(Guid Teacher, Guid Playback)> Playbacks)
{
    public static Arguments Parse(string[] args)
    {
        string Value(string name) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? throw new ArgumentException($"{name} is required.");
        var playbacks = Value("--playbacks").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .Select(parts => (Guid.Parse(parts[0]), Guid.Parse(parts[1])))
            .ToList();
        return new Arguments(Value("--connection"), double.Parse(Value("--seconds"), System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(Value("--warmup"), System.Globalization.CultureInfo.InvariantCulture), int.Parse(Value("--concurrency"),
                System.Globalization.CultureInfo.InvariantCulture), playbacks);
    }
}
