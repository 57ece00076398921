using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Legal;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.Consents.GiveConsent;

internal sealed class GiveConsentHandler(AccountsDbContext db, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock) : IRequestHandler<GiveConsent>
{
    public async Task<Unit> Handle(GiveConsent request, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccountId();
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            ?? throw AccountsErrors.AccountNotFound.ToException();
        // An account from an SMS sign-up gives its first consent with its identity and nickname.
        if (account.BasicsPending)
        {
            throw LegalErrors.BasicsRequired.ToException();
        }

        var agreed = await ConsentBook.RequireCurrentAsync(db, request.UserAgreementVersion, request.PrivacyPolicyVersion, cancellationToken);
        ConsentBook.Record(db, accountId, agreed, clock.GetUtcNow(), audit);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
