using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Enroll;

/// <summary>
/// The teacher's enrollment that lets them study a program: their own in it, or else the one in a
/// program it carries courses over from (the 2023 summer program counts 师德集中学习教育's). The same
/// rule as <see cref="Contracts.EnrollmentLookup"/>, with the row found.
/// </summary>
internal static class MyEnrollmentState
{
    public static async Task<(ProgramEnrollment Enrollment, Guid? ThroughProgramId)?> FindAsync(
        EnrollmentDbContext db, Guid teacherId, Guid programId, CancellationToken cancellationToken)
    {
        var own = await db.Enrollments.AsNoTracking()
            .SingleOrDefaultAsync(e => e.TeacherId == teacherId && e.ProgramId == programId, cancellationToken);
        if (own is not null)
        {
            return (own, null);
        }

        var carried = await db.Enrollments.AsNoTracking()
            .Where(e => e.TeacherId == teacherId
                && db.ProgramCourses.Any(pc => pc.ProgramId == programId && pc.CarriedFromProgramId == e.ProgramId))
            .OrderBy(e => e.EnrolledAt)
            .FirstOrDefaultAsync(cancellationToken);
        return carried is null ? null : (carried, carried.ProgramId);
    }
}
