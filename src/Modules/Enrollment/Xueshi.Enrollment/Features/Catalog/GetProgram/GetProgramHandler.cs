using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Catalog.GetProgram;

internal sealed class GetProgramHandler(EnrollmentDbContext db, TimeProvider clock) : IRequestHandler<GetProgram, ProgramDetail>
{
    public async Task<ProgramDetail> Handle(GetProgram request, CancellationToken cancellationToken)
    {
        var program = await TeacherCatalog.RequireProgramAsync(db, request.ProgramId, cancellationToken);
        var trainingTitle = program.TrainingId is { } trainingId
            ? await db.Trainings.AsNoTracking().Where(t => t.Id == trainingId).Select(t => t.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        var courses = await (
                from pc in db.ProgramCourses.AsNoTracking()
                join c in db.Courses.AsNoTracking() on pc.CourseId equals c.Id
                where pc.ProgramId == program.Id
                orderby pc.Position, c.Id
                select new { c.Id, c.Title, c.Lecturers, pc.Position, pc.OpensOn, pc.CarriedFromProgramId })
            .ToListAsync(cancellationToken);
        var courseIds = courses.Select(c => c.Id).ToList();
        var totals = await db.Resources.AsNoTracking()
            .Where(r => courseIds.Contains(r.CourseId) && r.ArchivedAt == null)
            .GroupBy(r => r.CourseId)
            .Select(g => new { CourseId = g.Key, Count = g.Count(), Seconds = g.Sum(r => r.Kind == ResourceKind.Video ? r.DurationSeconds ?? 0 : 0) })
            .ToDictionaryAsync(t => t.CourseId, cancellationToken);

        var today = ProgramStatuses.Today(clock);
        return new ProgramDetail(
            program.Id, program.TrainingId, trainingTitle, program.Title, program.Description, program.CoverMediaId, program.Audience,
            program.StartsOn, program.EndsOn, program.CertificateDate, program.State, ProgramStatuses.Of(program, today),
            new ProgramSupport(program.Support.Phone, program.Support.Hours, program.Support.QqGroup),
            program.AdmittedIdentities, program.RequiredProfileFields,
            courses.Select(c =>
            {
                var opensOn = c.OpensOn ?? program.StartsOn;
                totals.TryGetValue(c.Id, out var total);
                return new ProgramCourseItem(c.Id, c.Title, c.Position, opensOn, opensOn <= today, c.CarriedFromProgramId,
                    c.Lecturers.Select(l => l.Name).ToList(), total?.Count ?? 0, Math.Round(total?.Seconds ?? 0, 1));
            }).ToList());
    }
}
