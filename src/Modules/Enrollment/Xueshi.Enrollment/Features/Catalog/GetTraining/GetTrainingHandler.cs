using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Catalog.GetTraining;

internal sealed class GetTrainingHandler(EnrollmentDbContext db, TimeProvider clock) : IRequestHandler<GetTraining, TrainingResponse>
{
    public async Task<TrainingResponse> Handle(GetTraining request, CancellationToken cancellationToken)
    {
        var training = await db.Trainings.AsNoTracking().SingleOrDefaultAsync(t => t.Id == request.TrainingId, cancellationToken);
        var programs = await TeacherCatalog.VisiblePrograms(db).Where(p => p.TrainingId == request.TrainingId)
            .OrderBy(p => p.Audience).ThenBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);

        // A training whose programs are all drafts is not there yet for teachers.
        if (training is null || programs.Count == 0)
        {
            throw EnrollmentErrors.TrainingNotFound.ToException();
        }

        var today = ProgramStatuses.Today(clock);
        return new TrainingResponse(training.Id, training.Title, training.Description, programs
            .Select(p => new TrainingEntry(p.Id, p.Title, p.Audience, p.CoverMediaId, p.StartsOn, p.EndsOn, ProgramStatuses.Of(p, today)))
            .ToList());
    }
}
