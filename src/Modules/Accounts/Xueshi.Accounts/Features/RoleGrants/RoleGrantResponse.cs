using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Features.RoleGrants;

/// <summary>A role an account holds.</summary>
/// <param name="Id">The grant's id (to revoke it).</param>
/// <param name="AccountId">The holder.</param>
/// <param name="Phone">The holder's phone number.</param>
/// <param name="Nickname">The holder's nickname.</param>
/// <param name="Role">schoolAdmin, regionAdmin, operator or support.</param>
/// <param name="SchoolId">The school of a school admin.</param>
/// <param name="SchoolName">Its name.</param>
/// <param name="RegionId">The region of a region admin.</param>
/// <param name="RegionName">Its name.</param>
/// <param name="GrantedAt">When it was granted.</param>
/// <param name="GrantedBy">The operator who granted it; null for the configuration bootstrap and demo data.</param>
internal sealed record RoleGrantResponse(
    Guid Id,
    Guid AccountId,
    string Phone,
    string Nickname,
    AccountRole Role,
    Guid? SchoolId,
    string? SchoolName,
    Guid? RegionId,
    string? RegionName,
    DateTimeOffset GrantedAt,
    Guid? GrantedBy);
