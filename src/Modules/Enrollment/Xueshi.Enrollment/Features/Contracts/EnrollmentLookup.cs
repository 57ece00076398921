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
        IsEnrolledQuery(db, teacherId, programId, cancellationToken);

    // Asked on every progress page, playback start and credit statement: compiled once, so the query (with its
    // sub-query on the context) is not walked, funcletised and looked up in the query cache on every call.
    private static readonly Func<EnrollmentDbContext, Guid, Guid, CancellationToken, Task<bool>> IsEnrolledQuery =
        EF.CompileAsyncQuery((EnrollmentDbContext db, Guid teacherId, Guid programId, CancellationToken _) => db.Enrollments.Any(
            e => e.TeacherId == teacherId
                && (e.ProgramId == programId
                    || db.ProgramCourses.Any(pc => pc.ProgramId == programId && pc.CarriedFromProgramId == e.ProgramId))));
}
