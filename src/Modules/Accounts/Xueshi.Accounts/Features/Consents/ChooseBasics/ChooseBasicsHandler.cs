using Xueshi.Accounts.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Legal;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.Consents.ChooseBasics;

internal sealed class ChooseBasicsHandler(AccountsDbContext db, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock) : IRequestHandler<ChooseBasics>
{
    public async Task<Unit> Handle(ChooseBasics request, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccountId();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            ?? throw AccountsErrors.AccountNotFound.ToException();
        if (!account.BasicsPending)
        {
            throw LegalErrors.BasicsAlreadyChosen.ToException();
        }

        var agreed = await ConsentBook.RequireCurrentAsync(db, request.UserAgreementVersion, request.PrivacyPolicyVersion, cancellationToken);
        var now = clock.GetUtcNow();
        account.ChooseBasics(request.Identity!.Value, request.Nickname);
        ConsentBook.Record(db, accountId, agreed, now, audit);
        // Registered in the sense other modules care about: an account with an identity.
        db.Publish(new AccountRegistered(Guid.CreateVersion7(now), now, account.Id, account.Identity.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
