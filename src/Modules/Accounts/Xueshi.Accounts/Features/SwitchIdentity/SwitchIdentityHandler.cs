using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.GetMe;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.SwitchIdentity;

/// <summary>
/// 学生/家长→教师. The student's data lives with the modules that recorded it (learning records,
/// enrollments); they clear it when they see AccountIdentitySwitched with StudentDataCleared.
/// </summary>
internal sealed class SwitchIdentityHandler(AccountsDbContext db, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SwitchIdentity, MeResponse>
{
    public async Task<MeResponse> Handle(SwitchIdentity request, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccountId();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            ?? throw AccountsErrors.AccountNotFound.ToException();
        var target = request.Identity!.Value;
        if (!account.CanSwitchTo(target))
        {
            throw AccountsErrors.IdentitySwitchNotAllowed.ToException();
        }

        var from = account.Identity;
        if (from == AccountIdentity.Student && !request.ConfirmClearStudentData)
        {
            throw AccountsErrors.ConfirmationRequired.ToException();
        }

        var now = clock.GetUtcNow();
        account.SwitchIdentity(target);
        db.Publish(new AccountIdentitySwitched(Guid.CreateVersion7(now), now, account.Id, from, target, StudentDataCleared: from == AccountIdentity.Student));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMe.GetMe(), cancellationToken);
    }
}
