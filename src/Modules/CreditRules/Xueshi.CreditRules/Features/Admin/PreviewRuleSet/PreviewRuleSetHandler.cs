using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.CreditRules.Features.Statements;
using Xueshi.CreditRules.Features.Views;

namespace Xueshi.CreditRules.Features.Admin.PreviewRuleSet;

internal sealed class PreviewRuleSetHandler(ICurrentUser user, RuleSetEditing editing, RuleSetChecks checks, CreditStatements statements, IMediator mediator)
    : IRequestHandler<PreviewRuleSet, ProgramCreditView>
{
    public async Task<ProgramCreditView> Handle(PreviewRuleSet request, CancellationToken cancellationToken)
    {
        user.RequireOperator();
        if (request.RuleSet is { } sent)
        {
            checks.RequireWellFormed(sent, "ruleSet");
        }

        var outline = await editing.ProgramAsync(request.ProgramId, cancellationToken);
        var teacherId = request.TeacherId
            ?? await mediator.Send(new FindAccountByPhone(request.TeacherPhone!.Trim()), cancellationToken)
            ?? throw CreditRulesErrors.TeacherNotFound.ToException();
        var rules = await RulesAsync(request, outline, cancellationToken);

        // The teacher's progress is personal data shown to an operator: recorded before it is served.
        if (await mediator.Send(new GetTeacherStatus(teacherId), cancellationToken) is null)
        {
            throw CreditRulesErrors.TeacherNotFound.ToException();
        }

        await mediator.Send(new RecordPersonalDataRead([teacherId], ["learningProgress", "verification"], "ProgramCredit", request.ProgramId),
            cancellationToken);
        var evaluation = await statements.EvaluateAsync(teacherId, outline, rules, cancellationToken)
            ?? throw CreditRulesErrors.TeacherNotFound.ToException();
        return evaluation.View;
    }

    /// <summary>The rules sent (numbered as the draft they would be), else the draft, else the published version.</summary>
    private async Task<VersionedRuleSet> RulesAsync(PreviewRuleSet request, Enrollment.Contracts.ProgramOutline outline, CancellationToken cancellationToken)
    {
        var db = editing.Db;
        var head = await db.RuleSetHeads.AsNoTracking().SingleOrDefaultAsync(h => h.ProgramId == request.ProgramId, cancellationToken);
        if (request.RuleSet is { } sent)
        {
            checks.Require(sent, outline, "ruleSet");
            var latest = await db.RuleSetVersions.Where(v => v.ProgramId == request.ProgramId).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
            return new VersionedRuleSet(head?.DraftVersion ?? latest + 1, sent);
        }

        if ((head?.DraftVersion ?? head?.PublishedVersion) is not { } version)
        {
            throw CreditRulesErrors.NothingToPreview.ToException();
        }

        var document = await db.RuleSetVersions.AsNoTracking()
            .Where(v => v.ProgramId == request.ProgramId && v.Version == version)
            .Select(v => v.Document)
            .SingleAsync(cancellationToken);
        return new VersionedRuleSet(version, document);
    }
}
