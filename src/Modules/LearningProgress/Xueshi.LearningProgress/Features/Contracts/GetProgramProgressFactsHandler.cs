using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;
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

    private async Task<IReadOnlyList<ResourceProgressFacts>> FactsAsync(Guid teacherId, ProgramOutline outline, CancellationToken cancellationToken)
    {
        var resources = outline.Courses.SelectMany(c => c.Resources).ToList();
        var resourceIds = resources.Select(r => r.ResourceId).Distinct().ToList();
        var rows = await db.ResourceProgress.AsNoTracking()
            .Where(p => p.TeacherId == teacherId && resourceIds.Contains(p.ResourceId))
            .ToDictionaryAsync(p => p.ResourceId, cancellationToken);
        return [.. resources.Select(r => ProgressFactsMapping.Facts(r, rows.GetValueOrDefault(r.ResourceId)))];
    }
}
