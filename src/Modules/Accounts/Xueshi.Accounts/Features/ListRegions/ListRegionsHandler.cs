using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.ListRegions;

internal sealed class ListRegionsHandler(AccountsDbContext db) : IRequestHandler<ListRegions, IReadOnlyList<RegionResponse>>
{
    // Compiled once: the school picker calls this on every step of every teacher's registration, and
    // a LINQ query pays for walking and hashing its expression tree on every call (issue 6's profile).
    private static readonly Func<AccountsDbContext, Guid, CancellationToken, Task<bool>> RegionExists =
        EF.CompileAsyncQuery((AccountsDbContext db, Guid id, CancellationToken _) => db.Regions.Any(r => r.Id == id));

    private static readonly Func<AccountsDbContext, Guid?, IAsyncEnumerable<RegionResponse>> Children =
        EF.CompileAsyncQuery((AccountsDbContext db, Guid? parentId) => db.Regions.AsNoTracking()
            .Where(r => r.ParentId == parentId)
            .OrderBy(r => r.Code)
            .Select(r => new RegionResponse(r.Id, r.Code, r.Name, r.Level)));

    public async Task<IReadOnlyList<RegionResponse>> Handle(ListRegions request, CancellationToken cancellationToken)
    {
        if (request.ParentId is { } parentId && !await RegionExists(db, parentId, cancellationToken))
        {
            throw AccountsErrors.RegionNotFound.ToException();
        }

        return await Children(db, request.ParentId).ToListAsync(cancellationToken);
    }
}
