using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Catalog;

/// <summary>
/// What teachers (and every other identity) may see of the catalog: published and closed programs,
/// and the courses they include. A draft answers as if it did not exist, so ids cannot be probed.
/// </summary>
internal static class TeacherCatalog
{
    public static IQueryable<TrainingProgram> VisiblePrograms(EnrollmentDbContext db) =>
        db.Programs.AsNoTracking().Where(p => p.State != ProgramState.Draft);

    public static async Task<TrainingProgram> RequireProgramAsync(EnrollmentDbContext db, Guid programId, CancellationToken cancellationToken) =>
        await VisiblePrograms(db).SingleOrDefaultAsync(p => p.Id == programId, cancellationToken)
        ?? throw EnrollmentErrors.ProgramNotFound.ToException();

    /// <summary>A course some published or closed program includes; 404 otherwise (a draft's course is not there yet).</summary>
    public static async Task<Course> RequireVisibleCourseAsync(EnrollmentDbContext db, Guid courseId, CancellationToken cancellationToken) =>
        await db.Courses.AsNoTracking()
            .Where(c => c.Id == courseId
                && db.ProgramCourses.Any(pc => pc.CourseId == c.Id && VisiblePrograms(db).Any(p => p.Id == pc.ProgramId)))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw EnrollmentErrors.CourseNotFound.ToException();

    /// <summary>
    /// Enrolled in any program that includes the course (a shared course is studied through any of
    /// them): who may rate, review and like it, and who counts in its 已学 number.
    /// </summary>
    public static IQueryable<ProgramEnrollment> EnrollmentsIncluding(EnrollmentDbContext db, Guid courseId) =>
        db.Enrollments.AsNoTracking().Where(e => db.ProgramCourses.Any(pc => pc.CourseId == courseId && pc.ProgramId == e.ProgramId));

    public static Task<int> LearnerCountAsync(EnrollmentDbContext db, Guid courseId, CancellationToken cancellationToken) =>
        EnrollmentsIncluding(db, courseId).Select(e => e.TeacherId).Distinct().CountAsync(cancellationToken);
}
