using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Directory;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.SearchSchools;

internal sealed class SearchSchoolsHandler(AccountsDbContext db) : IRequestHandler<SearchSchools, SchoolPage>
{
    public async Task<SchoolPage> Handle(SearchSchools request, CancellationToken cancellationToken)
    {
        var regionId = request.RegionId!.Value;
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == regionId)
            .Select(r => new { r.Id, r.Level }).SingleOrDefaultAsync(cancellationToken)
            ?? throw AccountsErrors.RegionNotFound.ToException();

        var counties = region.Level switch
        {
            RegionLevel.County => db.Regions.Where(r => r.Id == regionId),
            RegionLevel.City => db.Regions.Where(r => r.ParentId == regionId),
            _ => db.Regions.Where(r => db.Regions.Any(city => city.Id == r.ParentId && city.ParentId == regionId)),
        };
        var countyIds = counties.Where(r => r.Level == RegionLevel.County).Select(r => r.Id);
        var isCounty = region.Level == RegionLevel.County;

        var matching = db.Schools.AsNoTracking().Where(s => countyIds.Contains(s.RegionId) && !s.IsOther);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var pattern = "%" + EscapeLike(request.Q.Trim()) + "%";
            matching = matching.Where(s => EF.Functions.ILike(s.Name, pattern, "\\"));
        }

        if (QueryEnum.TryParse<Contracts.SchoolSystem>(request.SchoolSystem, out var parsed) && parsed is { } system)
        {
            matching = matching.Where(s => s.SchoolSystem == system);
        }

        // A county's "其他" is the way out when the school is missing, so it is always offered
        // there, whatever was typed; over a city or province it would only repeat per county.
        var schools = isCounty
            ? db.Schools.AsNoTracking().Where(s => s.RegionId == regionId && s.IsOther).Concat(matching)
            : matching;

        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? 20;
        var total = await schools.CountAsync(cancellationToken);
        var items = await schools
            .OrderByDescending(s => s.IsOther).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var paths = await SchoolResponses.RegionPathsAsync(db, items.Select(s => s.RegionId), cancellationToken);
        return new SchoolPage(items.Select(s => SchoolResponses.Of(s, paths)).ToList(), page, pageSize, total);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
