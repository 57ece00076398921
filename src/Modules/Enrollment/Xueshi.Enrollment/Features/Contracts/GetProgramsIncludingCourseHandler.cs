using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class GetProgramsIncludingCourseHandler(EnrollmentDbContext db)
    : IRequestHandler<GetProgramsIncludingCourse, IReadOnlyList<CourseInProgram>>
{
    public async Task<IReadOnlyList<CourseInProgram>> Handle(GetProgramsIncludingCourse request, CancellationToken cancellationToken)
    {
        var rows = await (
                from pc in db.ProgramCourses.AsNoTracking()
                join p in db.Programs.AsNoTracking() on pc.ProgramId equals p.Id
                where pc.CourseId == request.CourseId
                orderby p.StartsOn, p.Id
                select new { p.Id, p.State, p.StartsOn, p.EndsOn, pc.OpensOn, pc.CarriedFromProgramId })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CourseInProgram(r.Id, r.State, new StudyWindow(r.StartsOn, r.EndsOn), r.OpensOn, r.CarriedFromProgramId)).ToList();
    }
}
