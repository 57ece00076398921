using MediatR;

namespace Xueshi.Accounts.Contracts;

/// <summary>
/// Whether the account administers this very school (学校管理员; not a region admin above it): what another module asks
/// before showing a school's teachers by full name and 6+4 ID number, as the school records their training hours.
/// </summary>
public sealed record IsSchoolAdministrator(Guid AccountId, Guid SchoolId) : IRequest<bool>;
