using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Catalog.ListPrograms;

internal sealed class ListProgramsHandler(EnrollmentDbContext db, TimeProvider clock) : IRequestHandler<ListPrograms, ProgramPage>
{
    public async Task<ProgramPage> Handle(ListPrograms request, CancellationToken cancellationToken)
    {
        ProgramStatusQuery.TryParse(request.Status, out var status);
        var today = ProgramStatuses.Today(clock);
        var programs = TeacherCatalog.VisiblePrograms(db);
        programs = status switch
        {
            ProgramStatus.Open => programs.Where(p => p.State == ProgramState.Published && p.StartsOn <= today && p.EndsOn >= today)
                .OrderBy(p => p.EndsOn).ThenBy(p => p.Id),
            ProgramStatus.Upcoming => programs.Where(p => p.State == ProgramState.Published && p.StartsOn > today)
                .OrderBy(p => p.StartsOn).ThenBy(p => p.Id),
            ProgramStatus.Ended => programs.Where(p => p.State == ProgramState.Closed || p.EndsOn < today)
                .OrderByDescending(p => p.EndsOn).ThenBy(p => p.Id),
            _ => programs.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Id),
        };

        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? Paging.DefaultPageSize;
        var total = await programs.CountAsync(cancellationToken);
        var rows = await programs.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new
            {
                p.Id, p.Title, p.CoverMediaId, p.Audience, p.TrainingId, p.StartsOn, p.EndsOn, p.State,
                CourseCount = db.ProgramCourses.Count(pc => pc.ProgramId == p.Id),
            })
            .ToListAsync(cancellationToken);
        return new ProgramPage(
            rows.Select(p => new ProgramSummary(p.Id, p.Title, p.CoverMediaId, p.Audience, p.TrainingId, p.StartsOn, p.EndsOn,
                ProgramStatuses.Of(p.State, p.StartsOn, p.EndsOn, today), p.CourseCount)).ToList(),
            page, pageSize, total);
    }
}
