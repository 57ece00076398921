using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Domain;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Features.Contracts;

/// <summary>Every resource of the program's courses (archived ones included), in the outline's order, with the teacher's progress read in one query.</summary>
internal sealed class GetProgramProgressFactsHandler(LearningProgressDbContext db, IMediator mediator)
    : IRequestHandler<GetProgramProgressFacts, IReadOnlyList<ResourceProgressFacts>?>,
        IRequestHandler<GetOutlineProgressFacts, IReadOnlyList<ResourceProgressFacts>>
{
    public async Task<IReadOnlyList<ResourceProgressFacts>?> Handle(GetProgramProgressFacts request, CancellationToken cancellationToken)
    {
        var outline = await mediator.Send(new GetProgramOutline(request.ProgramId), cancellationToken);
        return outline is null ? null : await FactsAsync(request.TeacherId, outline, cancellationToken);
    }

    public Task<IReadOnlyList<ResourceProgressFacts>> Handle(GetOutlineProgressFacts request, CancellationToken cancellationToken) =>
        FactsAsync(request.TeacherId, request.Outline, cancellationToken);

    // Every credit statement reads this: compiled once, not re-walked and looked up in EF's query cache per call.
    private static readonly Func<LearningProgressDbContext, Guid, Guid[], IAsyncEnumerable<ResourceProgress>> RowsQuery =
        EF.CompileAsyncQuery((LearningProgressDbContext db, Guid teacherId, Guid[] resourceIds) =>
            db.ResourceProgress.AsNoTracking().Where(p => p.TeacherId == teacherId && resourceIds.Contains(p.ResourceId)));

    private async Task<IReadOnlyList<ResourceProgressFacts>> FactsAsync(Guid teacherId, ProgramOutline outline, CancellationToken cancellationToken)
    {
        var resources = outline.Courses.SelectMany(c => c.Resources).ToList();
        var resourceIds = resources.Select(r => r.ResourceId).Distinct().ToArray();
        var rows = new Dictionary<Guid, ResourceProgress>(resourceIds.Length);
        await foreach (var row in RowsQuery(db, teacherId, resourceIds).WithCancellation(cancellationToken))
        {
            rows[row.ResourceId] = row;
        }

        return [.. resources.Select(r => ProgressFactsMapping.Facts(r, rows.GetValueOrDefault(r.ResourceId)))];
    }
}
