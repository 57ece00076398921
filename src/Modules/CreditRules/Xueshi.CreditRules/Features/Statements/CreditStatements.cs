using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Features.Views;
using Xueshi.CreditRules.Persistence;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.CreditRules.Features.Statements;

/// <summary>A statement with the view the progress page shows; <see cref="Statement"/> is null when no rules were evaluated.</summary>
internal sealed record Evaluation(CreditStatement? Statement, ProgramCreditView View);

/// <summary>
/// The one way a teacher's statement is made, for the teacher's page, the operator's preview, the
/// completion contract and the completion events: the outline once, the progress facts in one query,
/// the teacher's status, the rule set in force (cached), then the pure evaluator.
/// </summary>
internal sealed class CreditStatements(IMediator mediator, CreditRulesDbContext db, PublishedRuleSets published, TimeProvider clock)
{
    public Task<ProgramOutline?> OutlineAsync(Guid programId, CancellationToken cancellationToken) =>
        mediator.Send(new GetProgramOutline(programId), cancellationToken);

    /// <summary>The rules in force; <paramref name="fresh"/> reads which version that is from the database, for what is stored.</summary>
    public Task<VersionedRuleSet?> PublishedAsync(Guid programId, CancellationToken cancellationToken, bool fresh = false) =>
        fresh ? published.CurrentFreshAsync(db, programId, cancellationToken) : published.CurrentAsync(db, programId, cancellationToken);

    /// <summary>Under the published rules; null when there is no such account.</summary>
    public async Task<Evaluation?> EvaluatePublishedAsync(Guid teacherId, ProgramOutline outline, CancellationToken cancellationToken, bool fresh = false) =>
        await EvaluateAsync(teacherId, outline, await PublishedAsync(outline.ProgramId, cancellationToken, fresh), cancellationToken);

    /// <summary>Under the given rules (none: nothing is credited, credit.rules_not_published); null when there is no such account.</summary>
    public async Task<Evaluation?> EvaluateAsync(Guid teacherId, ProgramOutline outline, VersionedRuleSet? rules, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetTeacherStatus(teacherId), cancellationToken) is not { } teacher)
        {
            return null;
        }

        var progress = await mediator.Send(new GetOutlineProgressFacts(teacherId, outline), cancellationToken);
        var now = clock.GetUtcNow();
        if (rules is null)
        {
            return new Evaluation(null, StatementViews.Unpublished(outline, progress, now));
        }

        var statement = CreditEvaluator.Evaluate(rules.Rules, rules.Version, outline, progress, teacher, now);
        return new Evaluation(statement, StatementViews.From(outline, progress, rules.Rules, statement));
    }
}
