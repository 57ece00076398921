using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class GetTrainingProgramsHandler(EnrollmentDbContext db) : IRequestHandler<GetTrainingPrograms, TrainingPrograms?>
{
    public async Task<TrainingPrograms?> Handle(GetTrainingPrograms request, CancellationToken cancellationToken)
    {
        var training = await db.Trainings.AsNoTracking().Where(t => t.Id == request.TrainingId)
            .Select(t => new { t.Id, t.Title }).SingleOrDefaultAsync(cancellationToken);
        if (training is null)
        {
            return null;
        }

        var programs = await db.Programs.AsNoTracking()
            .Where(p => p.TrainingId == request.TrainingId && p.State != ProgramState.Draft)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.StartsOn, p.EndsOn })
            .ToListAsync(cancellationToken);
        return new TrainingPrograms(training.Id, training.Title,
            programs.Select(p => new TrainingProgramWindow(p.Id, p.Title, new StudyWindow(p.StartsOn, p.EndsOn))).ToList());
    }
}
