namespace Xueshi.Accounts.Domain;

internal enum RegionLevel
{
    Province,
    City,
    County,
}

/// <summary>An administrative region (GB/T 2260): province → city → county.</summary>
internal sealed class Region
{
    private Region()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The six-digit administrative division code, e.g. 370102.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public RegionLevel Level { get; private set; }

    public Guid? ParentId { get; private set; }

    public static Region Create(string code, string name, RegionLevel level, Guid? parentId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = code,
        Name = name,
        Level = level,
        ParentId = parentId,
    };
}
