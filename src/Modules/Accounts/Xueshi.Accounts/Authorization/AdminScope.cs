using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Authorization;

/// <summary>
/// What the caller administers, checked against the resource in every handler: a school admin
/// sees only their school; a region admin their region and everything under it.
/// </summary>
internal sealed class AdminScope(AccountsDbContext db, ICurrentUser currentUser)
{
    public Guid AccountId => currentUser.RequireAccountId();

    public async Task<bool> HasRoleAsync(AccountRole role, CancellationToken cancellationToken) =>
        await db.RoleGrants.AnyAsync(g => g.AccountId == AccountId && g.Role == role, cancellationToken);

    public async Task RequireRoleAsync(AccountRole role, CancellationToken cancellationToken)
    {
        if (!await HasRoleAsync(role, cancellationToken))
        {
            throw CommonErrors.Forbidden.ToException();
        }
    }

    /// <summary>School admin of this very school (not a region admin above it).</summary>
    public async Task<bool> IsSchoolAdminOfAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var accountId = AccountId;
        return await db.RoleGrants.AnyAsync(g => g.AccountId == accountId && g.Role == AccountRole.SchoolAdmin && g.SchoolId == schoolId, cancellationToken);
    }

    /// <summary>School admin of the school, or region admin of its county, city or province.</summary>
    public async Task<bool> AdministersSchoolAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        if (await IsSchoolAdminOfAsync(schoolId, cancellationToken))
        {
            return true;
        }

        var countyId = await db.Schools.Where(s => s.Id == schoolId).Select(s => (Guid?)s.RegionId).SingleOrDefaultAsync(cancellationToken);
        return countyId is not null && await AdministersRegionAsync(countyId.Value, cancellationToken);
    }

    /// <summary>Region admin of the region or of one of its ancestors.</summary>
    public async Task<bool> AdministersRegionAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var accountId = AccountId;
        var regions = await db.RoleGrants
            .Where(g => g.AccountId == accountId && g.Role == AccountRole.RegionAdmin && g.RegionId != null)
            .Select(g => g.RegionId!.Value)
            .ToListAsync(cancellationToken);
        if (regions.Count == 0)
        {
            return false;
        }

        // Three levels at most: walk up from the region to its province.
        Guid? current = regionId;
        for (var depth = 0; current is not null && depth < 3; depth++)
        {
            if (regions.Contains(current.Value))
            {
                return true;
            }

            var id = current.Value;
            current = await db.Regions.Where(r => r.Id == id).Select(r => r.ParentId).SingleOrDefaultAsync(cancellationToken);
        }

        return false;
    }

    /// <summary>
    /// Refuses with 404 rather than 403 when the caller may not even know the school: one school's
    /// admin cannot probe which ids are other schools.
    /// </summary>
    public async Task RequireSchoolAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        if (!await AdministersSchoolAsync(schoolId, cancellationToken))
        {
            throw AccountsErrors.SchoolNotFound.ToException();
        }
    }
}
