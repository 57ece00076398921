using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Features.Catalog;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Reviews.LikeCourse;

/// <summary>点赞, idempotent: liking twice is one like.</summary>
internal sealed class LikeCourseHandler(EnrollmentDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<LikeCourse, LikeState>
{
    public async Task<LikeState> Handle(LikeCourse request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var course = await TeacherCatalog.RequireVisibleCourseAsync(db, request.CourseId, cancellationToken);
        await CourseStats.RequireEnrolledAsync(db, teacherId, course.Id, cancellationToken);
        if (!await db.CourseLikes.AnyAsync(l => l.CourseId == course.Id && l.TeacherId == teacherId, cancellationToken))
        {
            db.CourseLikes.Add(CourseLike.Create(course.Id, teacherId, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                db.ChangeTracker.Clear();
            }
        }

        return new LikeState(course.Id, await CourseStats.LikeCountAsync(db, course.Id, cancellationToken), true);
    }
}
