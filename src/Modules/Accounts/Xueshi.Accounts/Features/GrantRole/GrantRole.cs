using System.ComponentModel.DataAnnotations;
using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.RoleGrants;

namespace Xueshi.Accounts.Features.GrantRole;

/// <param name="Phone">The registered phone number of the person receiving the role.</param>
/// <param name="Role">schoolAdmin (needs schoolId), regionAdmin (needs regionId), operator or support (neither).</param>
/// <param name="SchoolId">The school a school admin administers.</param>
/// <param name="RegionId">The province, city or county a region admin administers.</param>
internal sealed record GrantRole(string Phone, [property: Required] AccountRole? Role, Guid? SchoolId, Guid? RegionId)
    : IRequest<RoleGrantResponse>;
