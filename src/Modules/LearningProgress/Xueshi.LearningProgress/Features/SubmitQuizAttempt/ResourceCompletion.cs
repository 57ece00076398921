using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Domain;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Features.SubmitQuizAttempt;

/// <summary>
/// Runs <see cref="CompletionRule.CompleteIfDoneSql"/> inside the caller's open transaction and, when
/// it marked the resource complete, writes the <see cref="ResourceCompleted"/> event to the outbox
/// in that same transaction: the state and its event commit together or not at all.
/// </summary>
internal static class ResourceCompletion
{
    /// <returns>True when this call completed the resource (it can happen once per teacher and resource).</returns>
    public static async Task<bool> CompleteIfDoneAsync(
        LearningProgressDbContext db, Guid teacherId, Guid resourceId, Guid programId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Completion is decided inside the transaction that changed the progress.");
        await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (NpgsqlTransaction)transaction.GetDbTransaction();
        command.CommandText = CompletionRule.CompleteIfDoneSql;
        command.Parameters.AddWithValue("teacher", teacherId);
        command.Parameters.AddWithValue("resource", resourceId);
        command.Parameters.AddWithValue("program", programId);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());

        Guid courseId;
        int studySeconds;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return false;
            }

            courseId = reader.GetGuid(0);
            studySeconds = reader.GetInt32(1);
        }

        db.Publish(new ResourceCompleted(Guid.CreateVersion7(now), now, teacherId, programId, courseId, resourceId, studySeconds));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
