using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Messaging;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Features.ClearStudentData;

/// <summary>
/// 学生→教师: the learning recorded under the student identity is cleared (the teacher starts afresh),
/// once per event through the inbox. Only what was recorded before the switch goes: a redelivery late
/// after the teacher has begun studying leaves that study alone.
/// </summary>
internal sealed class ClearStudentLearningData(LearningProgressDbContext db, TimeProvider clock)
    : IdempotentEventHandler<AccountIdentitySwitched, LearningProgressDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountIdentitySwitched notification, CancellationToken cancellationToken)
    {
        if (!notification.StudentDataCleared)
        {
            return;
        }

        var accountId = notification.AccountId;
        var switchedAt = notification.OccurredAt;
        await Db.QuizAttempts.Where(a => a.TeacherId == accountId && a.SubmittedAt <= switchedAt).ExecuteDeleteAsync(cancellationToken);
        await Db.Playbacks.Where(p => p.TeacherId == accountId && p.StartedAt <= switchedAt).ExecuteDeleteAsync(cancellationToken);
        await Db.ResourceProgress.Where(p => p.TeacherId == accountId && p.StartedAt <= switchedAt).ExecuteDeleteAsync(cancellationToken);
    }
}
