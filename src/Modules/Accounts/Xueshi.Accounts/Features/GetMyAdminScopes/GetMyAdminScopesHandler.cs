using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.GetMyAdminScopes;

internal sealed class GetMyAdminScopesHandler(AccountsDbContext db, ICurrentUser currentUser) : IRequestHandler<GetMyAdminScopes, AdminScopesResponse>
{
    public async Task<AdminScopesResponse> Handle(GetMyAdminScopes request, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccountId();
        var schools = await (
                from g in db.RoleGrants
                join s in db.Schools on g.SchoolId equals s.Id
                where g.AccountId == accountId && g.Role == AccountRole.SchoolAdmin
                orderby s.Name
                select new AdminSchool(s.Id, s.Name))
            .ToListAsync(cancellationToken);
        var regions = await (
                from g in db.RoleGrants
                join r in db.Regions on g.RegionId equals r.Id
                where g.AccountId == accountId && g.Role == AccountRole.RegionAdmin
                orderby r.Code
                select new { r.Id, r.Name, r.Level })
            .ToListAsync(cancellationToken);
        return new AdminScopesResponse(
            schools,
            regions.Select(r => new AdminRegion(r.Id, r.Name, JsonNamingPolicy.CamelCase.ConvertName(r.Level.ToString()))).ToList());
    }
}
