using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

/// <summary>The one definition of "may study this program", shared by the contract and the module's own features.</summary>
internal static class EnrollmentLookup
{
    /// <summary>
    /// Enrolled in the program itself, or in a program it carries a course over from: the summer 2023
    /// program counts 师德集中学习教育's enrollment, so nobody enrolls twice.
    /// </summary>
    public static Task<bool> IsEnrolledAsync(EnrollmentDbContext db, Guid teacherId, Guid programId, CancellationToken cancellationToken) =>
        db.Enrollments.AnyAsync(
            e => e.TeacherId == teacherId
                && (e.ProgramId == programId
                    || db.ProgramCourses.Any(pc => pc.ProgramId == programId && pc.CarriedFromProgramId == e.ProgramId)),
            cancellationToken);
}
