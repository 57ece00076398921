using MediatR;
using Xueshi.BuildingBlocks.Messaging;
using Xueshi.CreditRules.Persistence;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.CreditRules.Features.Completion;

/// <summary>
/// A completed resource may complete every program that includes its course (a shared or carried-over
/// course serves several): each one the teacher may study is evaluated again.
/// </summary>
internal sealed class CreditOnResourceCompleted(CreditRulesDbContext db, TimeProvider clock, IMediator mediator, CompletionRecorder recorder)
    : IdempotentEventHandler<ResourceCompleted, CreditRulesDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ResourceCompleted notification, CancellationToken cancellationToken)
    {
        var programs = await mediator.Send(new GetProgramsIncludingCourse(notification.CourseId), cancellationToken);
        foreach (var program in programs.Where(p => p.State != ProgramState.Draft))
        {
            if (await mediator.Send(new IsEnrolled(notification.TeacherId, program.ProgramId), cancellationToken))
            {
                await recorder.ReevaluateAsync(notification.TeacherId, program.ProgramId, cancellationToken);
            }
        }
    }
}
