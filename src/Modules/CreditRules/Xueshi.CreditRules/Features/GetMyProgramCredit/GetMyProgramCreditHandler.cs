using MediatR;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.CreditRules.Features.Completion;
using Xueshi.CreditRules.Features.Statements;
using Xueshi.CreditRules.Features.Views;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Features.GetMyProgramCredit;

internal sealed class GetMyProgramCreditHandler(ICurrentUser user, CreditStatements statements, CompletionRecorder completions, IMediator mediator)
    : IRequestHandler<GetMyProgramCredit, ProgramCreditView>
{
    public async Task<ProgramCreditView> Handle(GetMyProgramCredit request, CancellationToken cancellationToken)
    {
        var teacherId = user.RequireAccountId();
        // A draft program is not there for teachers: the same 404 as an id that names nothing.
        if (await statements.OutlineAsync(request.ProgramId, cancellationToken) is not { State: not ProgramState.Draft } outline)
        {
            throw CreditRulesErrors.ProgramNotFound.ToException();
        }

        if (!await mediator.Send(new IsEnrolled(teacherId, request.ProgramId), cancellationToken))
        {
            throw CreditRulesErrors.NotEnrolled.ToException();
        }

        var evaluation = await statements.EvaluatePublishedAsync(teacherId, outline, cancellationToken)
            ?? throw CreditRulesErrors.NotEnrolled.ToException();
        await completions.RecordIfCompleteAsync(teacherId, outline, evaluation.Statement, cancellationToken);
        return evaluation.View;
    }
}
