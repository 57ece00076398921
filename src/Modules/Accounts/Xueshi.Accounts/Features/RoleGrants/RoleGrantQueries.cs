using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.RoleGrants;

internal static class RoleGrantQueries
{
    /// <summary>
    /// Grants, newest first, with their holder's phone and the names of their school or region, in one
    /// query. Filter <paramref name="grants"/> before calling: EF cannot filter on the record's members.
    /// </summary>
    public static IQueryable<RoleGrantResponse> Responses(AccountsDbContext db, IQueryable<RoleGrant> grants) =>
        from g in grants
        join a in db.Accounts on g.AccountId equals a.Id
        from s in db.Schools.Where(s => s.Id == g.SchoolId).DefaultIfEmpty()
        from r in db.Regions.Where(r => r.Id == g.RegionId).DefaultIfEmpty()
        orderby g.GrantedAt descending, g.Id
        select new RoleGrantResponse(g.Id, g.AccountId, a.Phone, a.Nickname, g.Role, g.SchoolId, s == null ? null : s.Name,
            g.RegionId, r == null ? null : r.Name, g.GrantedAt, g.GrantedBy);
}
