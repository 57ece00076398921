using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Xueshi.Enrollment.Features.Admin.Trainings.ListTrainings;

/// <summary>Every training, newest first (there are a few a year).</summary>
internal sealed record ListTrainings : IRequest<IReadOnlyList<AdminTrainingResponse>>;

internal sealed class ListTrainingsHandler(CatalogEditing editing) : IRequestHandler<ListTrainings, IReadOnlyList<AdminTrainingResponse>>
{
    public async Task<IReadOnlyList<AdminTrainingResponse>> Handle(ListTrainings request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        var db = editing.Db;
        var trainings = await db.Trainings.AsNoTracking().OrderByDescending(t => t.CreatedAt).Take(500).ToListAsync(cancellationToken);
        var ids = trainings.Select(t => t.Id).ToList();
        var programs = await db.Programs.AsNoTracking().Where(p => p.TrainingId != null && ids.Contains(p.TrainingId.Value))
            .Select(p => new { p.Id, TrainingId = p.TrainingId!.Value }).ToListAsync(cancellationToken);
        return trainings.Select(t => new AdminTrainingResponse(t.Id, t.Title, t.Description,
            programs.Where(p => p.TrainingId == t.Id).Select(p => p.Id).ToList(), t.Revision, t.UpdatedAt)).ToList();
    }
}
