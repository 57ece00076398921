using MediatR;

namespace Xueshi.Accounts.Features.GetMyAdminScopes;

internal sealed record GetMyAdminScopes : IRequest<AdminScopesResponse>;

internal sealed record AdminSchool(Guid Id, string Name);

internal sealed record AdminRegion(Guid Id, string Name, string Level);

/// <summary>The schools and regions the signed-in account administers (empty for a plain teacher).</summary>
internal sealed record AdminScopesResponse(IReadOnlyList<AdminSchool> Schools, IReadOnlyList<AdminRegion> Regions);
