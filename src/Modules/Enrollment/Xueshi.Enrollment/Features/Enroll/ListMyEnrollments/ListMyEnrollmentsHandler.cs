using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Features.Catalog;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Enroll.ListMyEnrollments;

internal sealed class ListMyEnrollmentsHandler(EnrollmentDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ListMyEnrollments, IReadOnlyList<MyProgram>>
{
    /// <summary>Far more than a teacher enrolls in (a few programs a year).</summary>
    private const int Limit = 200;

    public async Task<IReadOnlyList<MyProgram>> Handle(ListMyEnrollments request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var mine = db.Enrollments.AsNoTracking().Where(e => e.TeacherId == teacherId);

        // Own enrollments, and programs that count one of them through a carried-over course.
        var own = await (
                from e in mine
                join p in TeacherCatalog.VisiblePrograms(db) on e.ProgramId equals p.Id
                select new { Program = p, Enrollment = e, Through = (Guid?)null })
            .Take(Limit).ToListAsync(cancellationToken);
        var ownIds = own.Select(o => o.Program.Id).ToList();
        var carried = await (
                from pc in db.ProgramCourses.AsNoTracking()
                join e in mine on pc.CarriedFromProgramId equals e.ProgramId
                join p in TeacherCatalog.VisiblePrograms(db) on pc.ProgramId equals p.Id
                where !ownIds.Contains(p.Id)
                select new { Program = p, Enrollment = e, Through = (Guid?)e.ProgramId })
            .Take(Limit).ToListAsync(cancellationToken);

        var today = ProgramStatuses.Today(clock);
        return own.Concat(carried.DistinctBy(c => c.Program.Id))
            .OrderByDescending(x => x.Program.StartsOn).ThenBy(x => x.Program.Id)
            .Take(Limit)
            .Select(x => new MyProgram(x.Program.Id, x.Program.Title, x.Program.CoverMediaId, x.Program.Audience, x.Program.StartsOn,
                x.Program.EndsOn, ProgramStatuses.Of(x.Program, today), x.Enrollment.Id, x.Enrollment.EnrolledAt, x.Through))
            .ToList();
    }
}
