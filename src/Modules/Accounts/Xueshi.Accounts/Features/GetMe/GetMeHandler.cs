using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.GetMe;

internal sealed class GetMeHandler(AccountsDbContext db, ICurrentUser currentUser) : IRequestHandler<GetMe, MeResponse>
{
    public async Task<MeResponse> Handle(GetMe request, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccountId();
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            ?? throw AccountsErrors.AccountNotFound.ToException();
        var roles = await db.RoleGrants.Where(g => g.AccountId == accountId).Select(g => g.Role).Distinct()
            .OrderBy(r => r).ToListAsync(cancellationToken);
        return account.BuildAdapter(AccountsMapping.Config).AddParameters("roles", roles).AdaptToType<MeResponse>();
    }
}
