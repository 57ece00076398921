using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.Directory;

/// <summary>A school as the directory shows it.</summary>
/// <param name="Id">The school's id.</param>
/// <param name="Name">学校名称.</param>
/// <param name="SchoolSystem">学制.</param>
/// <param name="IsOther">True for the county's "其他" entry, chosen while the real school is missing.</param>
/// <param name="CountyId">The county the school belongs to.</param>
/// <param name="RegionPath">Province, city and county names, e.g. ["山东省", "济南市", "历下区"].</param>
internal sealed record SchoolResponse(Guid Id, string Name, SchoolSystem SchoolSystem, bool IsOther, Guid CountyId, IReadOnlyList<string> RegionPath);

internal static class SchoolResponses
{
    /// <summary>The province → city → county names of each county, in three small queries at most.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string[]>> RegionPathsAsync(
        AccountsDbContext db, IEnumerable<Guid> countyIds, CancellationToken cancellationToken)
    {
        var known = new Dictionary<Guid, (string Name, Guid? ParentId)>();
        var wanted = countyIds.Distinct().ToList();
        for (var level = 0; level < 3 && wanted.Count > 0; level++)
        {
            var rows = await db.Regions.AsNoTracking().Where(r => wanted.Contains(r.Id))
                .Select(r => new { r.Id, r.Name, r.ParentId }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                known[row.Id] = (row.Name, row.ParentId);
            }

            wanted = rows.Where(r => r.ParentId is not null && !known.ContainsKey(r.ParentId.Value))
                .Select(r => r.ParentId!.Value).Distinct().ToList();
        }

        var paths = new Dictionary<Guid, string[]>();
        foreach (var countyId in countyIds.Distinct())
        {
            var path = new List<string>();
            Guid? current = countyId;
            while (current is { } id && known.TryGetValue(id, out var region) && path.Count < 3)
            {
                path.Insert(0, region.Name);
                current = region.ParentId;
            }

            paths[countyId] = [.. path];
        }

        return paths;
    }

    public static async Task<SchoolResponse> OfAsync(AccountsDbContext db, School school, CancellationToken cancellationToken)
    {
        var paths = await RegionPathsAsync(db, [school.RegionId], cancellationToken);
        return Of(school, paths);
    }

    public static SchoolResponse Of(School school, IReadOnlyDictionary<Guid, string[]> paths) =>
        new(school.Id, school.Name, school.SchoolSystem, school.IsOther, school.RegionId,
            paths.TryGetValue(school.RegionId, out var path) ? path : []);
}
