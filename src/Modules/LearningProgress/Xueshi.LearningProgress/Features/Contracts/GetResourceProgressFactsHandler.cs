using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Features.Contracts;

/// <summary>
/// The facts for chosen resources, in the order asked, the progress read in one query. Each resource is
/// asked of the catalog (its course, and what its reasons need); one the catalog does not know is left out.
/// </summary>
internal sealed class GetResourceProgressFactsHandler(LearningProgressDbContext db, IMediator mediator)
    : IRequestHandler<GetResourceProgressFacts, IReadOnlyList<ResourceProgressFacts>>
{
    public async Task<IReadOnlyList<ResourceProgressFacts>> Handle(GetResourceProgressFacts request, CancellationToken cancellationToken)
    {
        var resourceIds = request.ResourceIds.Distinct().ToList();
        var rows = await db.ResourceProgress.AsNoTracking()
            .Where(p => p.TeacherId == request.TeacherId && resourceIds.Contains(p.ResourceId))
            .ToDictionaryAsync(p => p.ResourceId, cancellationToken);

        var facts = new List<ResourceProgressFacts>(resourceIds.Count);
        foreach (var resourceId in resourceIds)
        {
            if (await mediator.Send(new GetResource(resourceId), cancellationToken) is { } resource)
            {
                facts.Add(ProgressFactsMapping.Facts(resource, rows.GetValueOrDefault(resourceId)));
            }
        }

        return facts;
    }
}
