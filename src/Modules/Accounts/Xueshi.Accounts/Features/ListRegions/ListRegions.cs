using MediatR;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.ListRegions;

/// <param name="ParentId">The province or city whose children to list; none for the provinces.</param>
internal sealed record ListRegions(Guid? ParentId) : IRequest<IReadOnlyList<RegionResponse>>;

/// <param name="Id">The region's id.</param>
/// <param name="Code">Six-digit GB/T 2260 administrative division code, e.g. 370102.</param>
/// <param name="Name">e.g. 山东省, 济南市, 历下区.</param>
/// <param name="Level">province, city or county.</param>
internal sealed record RegionResponse(Guid Id, string Code, string Name, RegionLevel Level);
