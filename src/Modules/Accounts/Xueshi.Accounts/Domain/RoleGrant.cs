using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Domain;

/// <summary>A role an account holds, scoped to a school (school admin) or a region (region admin).</summary>
internal sealed class RoleGrant
{
    private RoleGrant()
    {
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public AccountRole Role { get; private set; }

    public Guid? SchoolId { get; private set; }

    public Guid? RegionId { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    /// <summary>Who granted it; null for the configuration bootstrap and demo data.</summary>
    public Guid? GrantedBy { get; private set; }

    public static RoleGrant Create(Guid accountId, AccountRole role, Guid? schoolId, Guid? regionId, Guid? grantedBy, DateTimeOffset now)
    {
        var scoped = role switch
        {
            AccountRole.SchoolAdmin => schoolId is not null && regionId is null,
            AccountRole.RegionAdmin => regionId is not null && schoolId is null,
            _ => schoolId is null && regionId is null,
        };
        if (!scoped)
        {
            throw new ArgumentException($"{role} needs {(role == AccountRole.SchoolAdmin ? "a school" : role == AccountRole.RegionAdmin ? "a region" : "no scope")}.");
        }

        return new RoleGrant
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            Role = role,
            SchoolId = schoolId,
            RegionId = regionId,
            GrantedBy = grantedBy,
            GrantedAt = now,
        };
    }
}
