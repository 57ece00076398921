using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Features.Catalog;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Reviews.UnlikeCourse;

/// <summary>取消点赞, idempotent.</summary>
internal sealed class UnlikeCourseHandler(EnrollmentDbContext db, ICurrentUser currentUser) : IRequestHandler<UnlikeCourse, LikeState>
{
    public async Task<LikeState> Handle(UnlikeCourse request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var course = await TeacherCatalog.RequireVisibleCourseAsync(db, request.CourseId, cancellationToken);
        await CourseStats.RequireEnrolledAsync(db, teacherId, course.Id, cancellationToken);
        await db.CourseLikes.Where(l => l.CourseId == course.Id && l.TeacherId == teacherId).ExecuteDeleteAsync(cancellationToken);
        return new LikeState(course.Id, await CourseStats.LikeCountAsync(db, course.Id, cancellationToken), false);
    }
}
