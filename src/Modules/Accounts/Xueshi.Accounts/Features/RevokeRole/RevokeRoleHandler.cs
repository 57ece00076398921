using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.GrantRole;
using Xueshi.Accounts.Features.RoleGrants;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.RevokeRole;

internal sealed class RevokeRoleHandler(AccountsDbContext db, AdminScope scope, AuditTrail audit) : IRequestHandler<RevokeRole>
{
    public async Task<Unit> Handle(RevokeRole request, CancellationToken cancellationToken)
    {
        await scope.RequireRoleAsync(AccountRole.Operator, cancellationToken);
        var grant = await db.RoleGrants.SingleOrDefaultAsync(g => g.Id == request.GrantId, cancellationToken)
            ?? throw RoleGrantErrors.GrantNotFound.ToException();

        // Without an operator nobody could grant roles again short of a restart with bootstrap configuration.
        if (grant.Role == AccountRole.Operator
            && await db.RoleGrants.CountAsync(g => g.Role == AccountRole.Operator, cancellationToken) <= 1)
        {
            throw RoleGrantErrors.LastOperator.ToException();
        }

        db.RoleGrants.Remove(grant);
        audit.Add(AuditEventType.RoleRevoked, grant.AccountId, nameof(RoleGrant), grant.Id, detail: GrantRoleHandler.Describe(grant));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
