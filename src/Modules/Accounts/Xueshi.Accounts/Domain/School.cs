using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Domain;

/// <summary>
/// A school in a county. Every county also has one "其他" (other) entry for teachers whose school
/// is missing: they study normally while the county administrator adds the school.
/// </summary>
internal sealed class School
{
    public const string OtherName = "其他";

    private School()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The county the school belongs to.</summary>
    public Guid RegionId { get; private set; }

    public string Name { get; private set; } = "";

    public SchoolSystem SchoolSystem { get; private set; }

    public bool IsOther { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static School Create(Guid countyId, string name, SchoolSystem system, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        RegionId = countyId,
        Name = name.Trim(),
        SchoolSystem = system,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public static School Other(Guid countyId, DateTimeOffset now)
    {
        var other = Create(countyId, OtherName, SchoolSystem.Primary, now);
        other.IsOther = true;
        return other;
    }

    /// <summary>学校管理员修正学校基础信息 (e.g. its 学制).</summary>
    public void Correct(string name, SchoolSystem system, DateTimeOffset now)
    {
        Name = name.Trim();
        SchoolSystem = system;
        UpdatedAt = now;
    }
}
