using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class GetEnrolledProgramIdsHandler(EnrollmentDbContext db) : IRequestHandler<GetEnrolledProgramIds, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(GetEnrolledProgramIds request, CancellationToken cancellationToken)
    {
        var enrolled = db.Enrollments.Where(e => e.TeacherId == request.TeacherId).Select(e => e.ProgramId);
        var carrying = db.ProgramCourses.Where(pc => pc.CarriedFromProgramId != null && enrolled.Contains(pc.CarriedFromProgramId.Value))
            .Select(pc => pc.ProgramId);
        return await db.Programs.AsNoTracking()
            .Where(p => p.State != ProgramState.Draft && (enrolled.Contains(p.Id) || carrying.Contains(p.Id)))
            .OrderBy(p => p.Id)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
    }
}
