using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Features.Catalog;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Enroll.GetMyEnrollment;

internal sealed class GetMyEnrollmentHandler(EnrollmentDbContext db, ICurrentUser currentUser) : IRequestHandler<GetMyEnrollment, MyEnrollment>
{
    public async Task<MyEnrollment> Handle(GetMyEnrollment request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var program = await TeacherCatalog.RequireProgramAsync(db, request.ProgramId, cancellationToken);
        if (await MyEnrollmentState.FindAsync(db, teacherId, program.Id, cancellationToken) is not { } found)
        {
            return new MyEnrollment(program.Id, false, null, null, null, null);
        }

        var throughTitle = found.ThroughProgramId is { } id
            ? await db.Programs.AsNoTracking().Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new MyEnrollment(program.Id, true, found.Enrollment.Id, found.Enrollment.EnrolledAt, found.ThroughProgramId, throughTitle);
    }
}
