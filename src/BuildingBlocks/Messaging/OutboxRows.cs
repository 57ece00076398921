using Npgsql;
using NpgsqlTypes;

namespace Xueshi.BuildingBlocks.Messaging;

/// <summary>
/// Writes integration events into a module's outbox on a plain Npgsql connection, for a hot path that
/// does not go through a DbContext (heartbeats). The rows are the ones <c>db.Publish(...)</c> writes,
/// in the caller's transaction, so the event is committed with the change or not at all. The caller
/// calls <see cref="OutboxSignal.Notify"/> after its commit, as the DbContext interceptor does.
/// </summary>
public static class OutboxRows
{
    /// <summary>One INSERT for all the events; nothing when there are none.</summary>
    /// <param name="schema">The module's own schema name, a constant of the module (never input).</param>
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema,
        IReadOnlyCollection<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var rows = events.Select(OutboxMessage.From).ToList();
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO "{schema}".outbox_messages (id, type, payload, occurred_at, attempts)
            SELECT id, type, payload, occurred_at, 0 FROM unnest(@ids, @types, @payloads, @occurred) AS e(id, type, payload, occurred_at)
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. rows.Select(r => r.Id)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("types", [.. rows.Select(r => r.Type)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("payloads", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { TypedValue = [.. rows.Select(r => r.Payload)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("occurred", [.. rows.Select(r => r.OccurredAt.ToUniversalTime())]));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
