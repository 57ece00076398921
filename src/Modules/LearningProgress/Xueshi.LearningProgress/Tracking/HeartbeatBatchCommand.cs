using Npgsql;
using NpgsqlTypes;
using Xueshi.BuildingBlocks.Messaging;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Tracking;

/// <summary>
/// One transaction for a batch: <see cref="HeartbeatStatement"/> with the heartbeats as arrays, then
/// (only when something was completed) the <see cref="ResourceCompleted"/> outbox rows, then commit.
/// </summary>
internal static class HeartbeatBatchCommand
{
    /// <summary>A statement that takes longer is treated as an outage (the writer answers 503 by then anyway).</summary>
    private const int CommandTimeoutSeconds = 10;

    /// <returns>One result per heartbeat, in order, and how many resources became complete (outbox rows written).</returns>
    public static async Task<(IReadOnlyList<HeartbeatResult> Results, int Completed)> RunAsync(NpgsqlDataSource dataSource, IReadOnlyList<HeartbeatWrite> batch,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var results = new List<HeartbeatResult>(batch.Count);
        var completed = new List<IIntegrationEvent>();
        await using (var command = new NpgsqlCommand(HeartbeatStatement.Sql, connection, transaction) { CommandTimeout = CommandTimeoutSeconds })
        {
            // In HeartbeatStatement's order ($1…$7), unnamed: see there why.
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. batch.Select(h => h.TeacherId)] });
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. batch.Select(h => h.PlaybackId)] });
            command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. batch.Select(h => h.Sequence)] });
            command.Parameters.Add(new NpgsqlParameter<double?[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double, TypedValue = [.. batch.Select(h => h.Position)] });
            command.Parameters.Add(new NpgsqlParameter<bool[]> { TypedValue = [.. batch.Select(h => h.Playing)] });
            command.Parameters.Add(new NpgsqlParameter<bool[]> { TypedValue = [.. batch.Select(h => h.Seek)] });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var result = Read(reader);
                results.Add(result);
                if (reader.GetBoolean(17))
                {
                    completed.Add(new ResourceCompleted(Guid.CreateVersion7(now), now, batch[results.Count - 1].TeacherId,
                        reader.GetGuid(18), reader.GetGuid(19), reader.GetGuid(20), result.StudySecondsOnCompletion));
                }
            }
        }

        await OutboxRows.WriteAsync(connection, transaction, LearningProgressDbContext.SchemaName, completed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (results, completed.Count);
    }

    private static HeartbeatResult Read(NpgsqlDataReader r)
    {
        var outcome = r.GetString(1) switch
        {
            "accepted" => HeartbeatOutcome.Accepted,
            "duplicate" => HeartbeatOutcome.Duplicate,
            "expired" => HeartbeatOutcome.Expired,
            _ => HeartbeatOutcome.NotFound,
        };
        if (outcome == HeartbeatOutcome.NotFound)
        {
            return HeartbeatResult.NotFound;
        }

        return new HeartbeatResult(
            outcome,
            r.GetBoolean(2),
            r.IsDBNull(3) ? null : r.GetDouble(3),
            r.GetFieldValue<DateTimeOffset>(4),
            (LearningState)r.GetInt32(5),
            r.GetInt32(6),
            r.GetFieldValue<NpgsqlRange<int>[]>(7),
            r.GetDouble(8),
            r.GetInt32(9),
            r.IsDBNull(10) ? null : r.GetFieldValue<DateTimeOffset>(10),
            r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11),
            r.IsDBNull(12) ? null : r.GetDouble(12),
            r.IsDBNull(13) ? null : r.GetInt32(13),
            r.IsDBNull(14) ? null : r.GetInt32(14),
            r.GetInt32(15),
            Enum.Parse<ResourceKind>(r.GetString(16)));
    }
}
