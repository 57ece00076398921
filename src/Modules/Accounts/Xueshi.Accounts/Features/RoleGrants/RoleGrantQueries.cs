using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.RoleGrants;

internal static class RoleGrantQueries
{
    /// <summary>Grants with their holder's phone and the names of their school or region, in one query.</summary>
    public static IQueryable<RoleGrantResponse> Responses(AccountsDbContext db) =>
        from g in db.RoleGrants
        join a in db.Accounts on g.AccountId equals a.Id
        from s in db.Schools.Where(s => s.Id == g.SchoolId).DefaultIfEmpty()
        from r in db.Regions.Where(r => r.Id == g.RegionId).DefaultIfEmpty()
        select new RoleGrantResponse(g.Id, g.AccountId, a.Phone, a.Nickname, g.Role, g.SchoolId, s == null ? null : s.Name,
            g.RegionId, r == null ? null : r.Name, g.GrantedAt, g.GrantedBy);
}
