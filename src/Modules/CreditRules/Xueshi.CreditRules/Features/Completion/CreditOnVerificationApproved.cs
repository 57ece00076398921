using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Messaging;
using Xueshi.CreditRules.Persistence;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Features.Completion;

/// <summary>
/// 审核认证通过: hours that waited for verification (or for a verified role) may now be recognised, in
/// every program the teacher may study.
/// </summary>
internal sealed class CreditOnVerificationApproved(CreditRulesDbContext db, TimeProvider clock, IMediator mediator, CompletionRecorder recorder)
    : IdempotentEventHandler<TeacherVerificationApproved, CreditRulesDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(TeacherVerificationApproved notification, CancellationToken cancellationToken)
    {
        foreach (var programId in await mediator.Send(new GetEnrolledProgramIds(notification.AccountId), cancellationToken))
        {
            await recorder.ReevaluateAsync(notification.AccountId, programId, cancellationToken);
        }
    }
}
