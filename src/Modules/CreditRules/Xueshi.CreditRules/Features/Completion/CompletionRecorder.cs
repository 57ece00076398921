using Microsoft.EntityFrameworkCore;
using Xueshi.CreditRules.Contracts;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Features.Statements;
using Xueshi.CreditRules.Persistence;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Features.Completion;

/// <summary>
/// Re-evaluates a teacher's program after something that may complete it, and the first time the
/// statement is complete records it and publishes <see cref="ProgramCompleted"/>, in the caller's
/// transaction (an inbox handler's). Exactly once per teacher and program: the row is inserted with
/// ON CONFLICT DO NOTHING, so of two events racing the second waits on the first's key and inserts
/// nothing, and only the one that inserted publishes.
/// </summary>
internal sealed class CompletionRecorder(CreditRulesDbContext db, CreditStatements statements, TimeProvider clock)
{
    public async Task ReevaluateAsync(Guid teacherId, Guid programId, CancellationToken cancellationToken)
    {
        if (await db.Completions.AsNoTracking().AnyAsync(c => c.TeacherId == teacherId && c.ProgramId == programId, cancellationToken))
        {
            return;
        }

        if (await statements.OutlineAsync(programId, cancellationToken) is not { State: not ProgramState.Draft } outline
            || await statements.EvaluatePublishedAsync(teacherId, outline, cancellationToken, fresh: true) is not { Statement: { IsComplete: true } statement })
        {
            return;
        }

        await RecordAsync(teacherId, programId, statement, cancellationToken);
    }

    /// <summary>
    /// A statement read elsewhere (the teacher's page) that is complete but not yet recorded, as when the rules
    /// were published after the last resource was completed and no event will come: recorded in its own
    /// transaction, with the event. The page's statement may use a kept rules version
    /// (<see cref="PublishedRuleSets"/>), so what is recorded is evaluated again under the version in force.
    /// </summary>
    public async Task RecordIfCompleteAsync(Guid teacherId, ProgramOutline outline, CreditStatement? statement, CancellationToken cancellationToken)
    {
        if (statement is not { IsComplete: true }
            || await db.Completions.AsNoTracking().AnyAsync(c => c.TeacherId == teacherId && c.ProgramId == outline.ProgramId, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ReevaluateAsync(teacherId, outline.ProgramId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task RecordAsync(Guid teacherId, Guid programId, CreditStatement statement, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO credit_rules.completions (teacher_id, program_id, completed_at, rule_set_version, credited_hours)
            VALUES ({teacherId}, {programId}, {now}, {statement.RuleSetVersion}, {statement.CreditedHours})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (inserted == 1)
        {
            db.Publish(new ProgramCompleted(Guid.CreateVersion7(now), now, teacherId, programId, statement.RuleSetVersion, statement.CreditedHours));
        }
    }
}
