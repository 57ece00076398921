using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class FindProgramIdsByTitleHandler(EnrollmentDbContext db) : IRequestHandler<FindProgramIdsByTitle, IReadOnlyDictionary<string, Guid>>
{
    public async Task<IReadOnlyDictionary<string, Guid>> Handle(FindProgramIdsByTitle request, CancellationToken cancellationToken)
    {
        var titles = request.Titles.Distinct().ToList();
        var rows = await db.Programs.AsNoTracking()
            .Where(p => titles.Contains(p.Title))
            .OrderBy(p => p.Id)
            .Select(p => new { p.Title, p.Id })
            .ToListAsync(cancellationToken);
        // Titles are unique in the demo catalog; should two programs share one, the first created is taken.
        return rows.GroupBy(r => r.Title).ToDictionary(g => g.Key, g => g.First().Id);
    }
}
