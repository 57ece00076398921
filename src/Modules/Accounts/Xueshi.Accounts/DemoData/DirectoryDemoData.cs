using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.DemoData;

/// <summary>Loads <see cref="DemoDirectory"/>: what is there already (by region code, school name) is left as it is.</summary>
internal static class DirectoryDemoData
{
    /// <returns>Region ids by GB/T 2260 code.</returns>
    public static async Task<IReadOnlyDictionary<string, Guid>> SeedAsync(AccountsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var codes = DemoDirectory.Provinces
            .SelectMany(p => p.Cities.SelectMany(c => c.Counties.Select(x => x.Code)).Concat(p.Cities.Select(c => c.Code)).Append(p.Code))
            .ToList();
        var regions = await db.Regions.Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Id, cancellationToken);

        Guid Ensure(string code, string name, RegionLevel level, Guid? parentId)
        {
            if (!regions.TryGetValue(code, out var id))
            {
                var region = Region.Create(code, name, level, parentId, now);
                db.Regions.Add(region);
                regions[code] = id = region.Id;
            }

            return id;
        }

        var counties = new List<(Guid Id, DemoDirectory.DemoCounty County)>();
        foreach (var province in DemoDirectory.Provinces)
        {
            var provinceId = Ensure(province.Code, province.Name, RegionLevel.Province, null);
            foreach (var city in province.Cities)
            {
                var cityId = Ensure(city.Code, city.Name, RegionLevel.City, provinceId);
                counties.AddRange(city.Counties.Select(c => (Ensure(c.Code, c.Name, RegionLevel.County, cityId), c)));
            }
        }

        var countyIds = counties.Select(c => c.Id).ToList();
        var existing = (await db.Schools.Where(s => countyIds.Contains(s.RegionId)).Select(s => new { s.RegionId, s.Name, s.IsOther })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.RegionId);
        foreach (var (countyId, county) in counties)
        {
            if (!existing[countyId].Any(s => s.IsOther))
            {
                db.Schools.Add(School.Other(countyId, now));
            }

            foreach (var (name, system) in county.Schools.Where(s => !existing[countyId].Any(e => e.Name == s.Name)))
            {
                db.Schools.Add(School.Create(countyId, name, system, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return regions;
    }
}
