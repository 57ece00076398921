using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.RoleGrants;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.GrantRole;

internal sealed class GrantRoleHandler(AccountsDbContext db, AdminScope scope, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<GrantRole, RoleGrantResponse>
{
    public async Task<RoleGrantResponse> Handle(GrantRole request, CancellationToken cancellationToken)
    {
        await scope.RequireRoleAsync(AccountRole.Operator, cancellationToken);

        var accountId = await db.Accounts.Where(a => a.Phone == request.Phone).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw AccountsErrors.AccountNotFound.ToException();
        if (request.SchoolId is { } schoolId && !await db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken))
        {
            throw AccountsErrors.SchoolNotFound.ToException();
        }

        if (request.RegionId is { } regionId && !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            throw AccountsErrors.RegionNotFound.ToException();
        }

        var role = request.Role!.Value;
        if (await db.RoleGrants.AnyAsync(g => g.AccountId == accountId && g.Role == role && g.SchoolId == request.SchoolId
                && g.RegionId == request.RegionId, cancellationToken))
        {
            throw RoleGrantErrors.AlreadyGranted.ToException();
        }

        var grant = RoleGrant.Create(accountId, role, request.SchoolId, request.RegionId, scope.AccountId, clock.GetUtcNow());
        db.RoleGrants.Add(grant);
        audit.Add(AuditEventType.RoleGranted, accountId, nameof(RoleGrant), grant.Id, detail: Describe(grant));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw RoleGrantErrors.AlreadyGranted.ToException();
        }

        return await RoleGrantQueries.Responses(db, db.RoleGrants.Where(g => g.Id == grant.Id)).SingleAsync(cancellationToken);
    }

    /// <summary>The role and its scope, for the audit record: ids only, nothing personal.</summary>
    public static string Describe(RoleGrant grant) =>
        grant.Role + (grant.SchoolId is { } school ? $" school {school}" : "") + (grant.RegionId is { } region ? $" region {region}" : "");
}
