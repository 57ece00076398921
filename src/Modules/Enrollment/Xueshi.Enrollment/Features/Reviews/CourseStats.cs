using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Reviews;

/// <summary>4.9分(125个): the average of the stars, to one decimal, and how many reviews.</summary>
/// <param name="Average">Null while nobody has rated the course.</param>
internal sealed record CourseRating(double? Average, int Count);

internal static class CourseStats
{
    public static async Task<CourseRating> RatingAsync(EnrollmentDbContext db, Guid courseId, CancellationToken cancellationToken)
    {
        var stats = await db.CourseReviews.AsNoTracking().Where(r => r.CourseId == courseId)
            .GroupBy(r => r.CourseId)
            .Select(g => new { Count = g.Count(), Average = g.Average(r => (double)r.Stars) })
            .SingleOrDefaultAsync(cancellationToken);
        return stats is null ? new CourseRating(null, 0) : new CourseRating(Math.Round(stats.Average, 1), stats.Count);
    }

    public static Task<int> LikeCountAsync(EnrollmentDbContext db, Guid courseId, CancellationToken cancellationToken) =>
        db.CourseLikes.AsNoTracking().CountAsync(l => l.CourseId == courseId, cancellationToken);

    /// <summary>Rate, review and like: enrolled in any program that includes the course, else 403 enrollment.not_enrolled.</summary>
    public static async Task RequireEnrolledAsync(EnrollmentDbContext db, Guid teacherId, Guid courseId, CancellationToken cancellationToken)
    {
        if (!await Catalog.TeacherCatalog.EnrollmentsIncluding(db, courseId).AnyAsync(e => e.TeacherId == teacherId, cancellationToken))
        {
            throw EnrollmentErrors.NotEnrolled.ToException();
        }
    }
}
