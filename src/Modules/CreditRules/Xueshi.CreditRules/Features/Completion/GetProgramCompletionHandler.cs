using System.Text.Json;
using MediatR;
using Xueshi.CreditRules.Contracts;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Features.Statements;

namespace Xueshi.CreditRules.Features.Completion;

/// <summary>结业 for certificates: the statement under the published rules, reduced to what a certificate prints and checks.</summary>
internal sealed class GetProgramCompletionHandler(CreditStatements statements) : IRequestHandler<GetProgramCompletion, ProgramCompletion?>
{
    public async Task<ProgramCompletion?> Handle(GetProgramCompletion request, CancellationToken cancellationToken)
    {
        if (await statements.OutlineAsync(request.ProgramId, cancellationToken) is not { } outline
            // A certificate stores what this says: the version in force as the database has it, not as kept for pages.
            || await statements.EvaluatePublishedAsync(request.TeacherId, outline, cancellationToken, fresh: true) is not { } evaluation)
        {
            return null;
        }

        var view = evaluation.View;
        var role = evaluation.Statement?.Role is { Verified: true } applied && view.HoursMet
            ? JsonNamingPolicy.CamelCase.ConvertName(applied.Role.ToString())
            : null;
        return new ProgramCompletion(
            request.TeacherId,
            request.ProgramId,
            view.RuleSetVersion,
            view.IsComplete,
            view.HoursMet,
            view.CreditedHours,
            view.RequiredHours,
            view.StudySeconds,
            [.. view.Courses.Select(c => new CourseCompletion(c.CourseId, c.Title, c.CreditedHours, c.RequiredHours, c.StudySeconds))],
            role,
            [.. view.UnmetConditions.Select(c => new UnmetCondition(c.Code, c.Message))]);
    }
}
