using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.ListRegions;

internal sealed class ListRegionsHandler(AccountsDbContext db) : IRequestHandler<ListRegions, IReadOnlyList<RegionResponse>>
{
    public async Task<IReadOnlyList<RegionResponse>> Handle(ListRegions request, CancellationToken cancellationToken)
    {
        if (request.ParentId is { } parentId && !await db.Regions.AnyAsync(r => r.Id == parentId, cancellationToken))
        {
            throw AccountsErrors.RegionNotFound.ToException();
        }

        return await db.Regions.AsNoTracking()
            .Where(r => r.ParentId == request.ParentId)
            .OrderBy(r => r.Code)
            .Select(r => new RegionResponse(r.Id, r.Code, r.Name, r.Level))
            .ToListAsync(cancellationToken);
    }
}
