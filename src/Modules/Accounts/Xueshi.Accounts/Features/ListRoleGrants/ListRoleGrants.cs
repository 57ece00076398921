using MediatR;
using Xueshi.Accounts.Features.RoleGrants;

namespace Xueshi.Accounts.Features.ListRoleGrants;

/// <param name="Phone">Only this account's grants; all grants (newest first, at most 500) without it.</param>
internal sealed record ListRoleGrants(string? Phone) : IRequest<IReadOnlyList<RoleGrantResponse>>;
