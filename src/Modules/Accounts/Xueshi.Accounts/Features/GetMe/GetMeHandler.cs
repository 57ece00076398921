using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Legal;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.GetMe;

internal sealed class GetMeHandler(AccountsDbContext db, ICurrentUser currentUser, CurrentLegalVersions legal) : IRequestHandler<GetMe, MeResponse>
{
    // Every screen of the SPA asks who is signed in: one compiled statement (the account and its
    // roles joined), not two round trips of LINQ that is re-walked and re-hashed on every call.
    private static readonly Func<AccountsDbContext, Guid, CancellationToken, Task<AccountWithRoles?>> Query =
        EF.CompileAsyncQuery((AccountsDbContext db, Guid accountId, CancellationToken _) => db.Accounts.AsNoTracking()
            .Where(a => a.Id == accountId)
            .Select(a => new AccountWithRoles(
                a,
                db.RoleGrants.Where(g => g.AccountId == a.Id).Select(g => g.Role).Distinct().ToList(),
                db.Consents.Where(c => c.AccountId == a.Id && c.Kind == LegalDocumentKind.UserAgreement).Max(c => (int?)c.Version),
                db.Consents.Where(c => c.AccountId == a.Id && c.Kind == LegalDocumentKind.PrivacyPolicy).Max(c => (int?)c.Version)))
            .SingleOrDefault());

    public async Task<MeResponse> Handle(GetMe request, CancellationToken cancellationToken)
    {
        var found = await Query(db, currentUser.RequireAccountId(), cancellationToken)
            ?? throw AccountsErrors.AccountNotFound.ToException();
        // A role granted for several schools or regions is one role here; ordered by name, as stored.
        var roles = found.Roles.OrderBy(r => r.ToString(), StringComparer.Ordinal).ToList();
        var current = await legal.GetAsync(cancellationToken);
        var consentRequired = found.Account.BasicsPending || !current.AreCurrent(found.UserAgreement, found.PrivacyPolicy);
        return found.Account.BuildAdapter(AccountsMapping.Config)
            .AddParameters("roles", roles)
            .AddParameters("consentRequired", consentRequired)
            .AdaptToType<MeResponse>();
    }
}

internal sealed record AccountWithRoles(Account Account, List<AccountRole> Roles, int? UserAgreement, int? PrivacyPolicy);
