using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.RoleGrants;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.ListRoleGrants;

internal sealed class ListRoleGrantsHandler(AccountsDbContext db, AdminScope scope)
    : IRequestHandler<ListRoleGrants, IReadOnlyList<RoleGrantResponse>>
{
    private const int Limit = 500;

    public async Task<IReadOnlyList<RoleGrantResponse>> Handle(ListRoleGrants request, CancellationToken cancellationToken)
    {
        await scope.RequireRoleAsync(AccountRole.Operator, cancellationToken);
        var grants = db.RoleGrants.AsQueryable();
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            var phone = request.Phone.Trim();
            grants = grants.Where(g => db.Accounts.Any(a => a.Id == g.AccountId && a.Phone == phone));
        }

        return await RoleGrantQueries.Responses(db, grants).Take(Limit).ToListAsync(cancellationToken);
    }
}
