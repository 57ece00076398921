using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class GetProgramOutlineHandler(EnrollmentDbContext db, ProgramOutlineCache cache) : IRequestHandler<GetProgramOutline, ProgramOutline?>
{
    public async Task<ProgramOutline?> Handle(GetProgramOutline request, CancellationToken cancellationToken)
    {
        if (cache.Find(request.ProgramId) is { } cached)
        {
            return cached;
        }

        var version = ProgramOutlineCache.CurrentVersion;
        var outline = await ReadAsync(request.ProgramId, cancellationToken);
        if (outline is not null)
        {
            cache.Store(outline, version);
        }

        return outline;
    }

    private async Task<ProgramOutline?> ReadAsync(Guid programId, CancellationToken cancellationToken)
    {
        var program = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programId, cancellationToken);
        if (program is null)
        {
            return null;
        }

        var links = await (
                from pc in db.ProgramCourses.AsNoTracking()
                join c in db.Courses.AsNoTracking() on pc.CourseId equals c.Id
                where pc.ProgramId == program.Id
                orderby pc.Position, c.Id
                select new { pc.CourseId, c.Title, pc.Position, pc.OpensOn, pc.CarriedFromProgramId })
            .ToListAsync(cancellationToken);
        var courseIds = links.Select(l => l.CourseId).ToList();
        var resources = await (
                from r in db.Resources.AsNoTracking()
                join ch in db.Chapters.AsNoTracking() on r.ChapterId equals ch.Id
                where courseIds.Contains(r.CourseId)
                orderby ch.Position, r.Position, r.Id
                select r)
            .ToListAsync(cancellationToken);
        var byCourse = resources.ToLookup(r => r.CourseId);

        // A carried-over course credits what was done inside the other program's window: the credit rules need that window.
        var carriedFrom = links.Where(l => l.CarriedFromProgramId is not null).Select(l => l.CarriedFromProgramId!.Value).Distinct().ToList();
        var carriedWindows = carriedFrom.Count == 0
            ? []
            : await db.Programs.AsNoTracking().Where(p => carriedFrom.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Window, cancellationToken);

        return new ProgramOutline(
            program.Id, program.Title, program.Audience, program.State, program.TrainingId, program.Window, program.CertificateDate,
            program.Study, program.RequiredProfileFields,
            links.Select(l => new OutlineCourse(l.CourseId, l.Title, l.Position, l.OpensOn, l.CarriedFromProgramId,
                l.CarriedFromProgramId is { } from ? carriedWindows.GetValueOrDefault(from) : null,
                byCourse[l.CourseId].Select(r => r.ToFacts()).ToList())).ToList());
    }
}
