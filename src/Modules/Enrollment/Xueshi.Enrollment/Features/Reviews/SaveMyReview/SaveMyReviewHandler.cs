using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Features.Catalog;
using Xueshi.Enrollment.Features.Reviews.ListReviews;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Reviews.SaveMyReview;

/// <summary>One review per enrolled teacher and course: the first PUT writes it, later ones edit it.</summary>
internal sealed class SaveMyReviewHandler(EnrollmentDbContext db, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SaveMyReview, ReviewItem>
{
    public async Task<ReviewItem> Handle(SaveMyReview request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var course = await TeacherCatalog.RequireVisibleCourseAsync(db, request.CourseId, cancellationToken);
        await CourseStats.RequireEnrolledAsync(db, teacherId, course.Id, cancellationToken);

        var now = clock.GetUtcNow();
        var stars = request.Stars!.Value;
        var comment = request.Comment ?? "";
        var review = await db.CourseReviews.SingleOrDefaultAsync(r => r.CourseId == course.Id && r.TeacherId == teacherId, cancellationToken);
        if (review is null)
        {
            review = CourseReview.Create(course.Id, teacherId, stars, comment, now);
            db.CourseReviews.Add(review);
        }
        else
        {
            review.Edit(stars, comment, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A second tab wrote the first review at the same moment: this one edits it.
            db.ChangeTracker.Clear();
            review = await db.CourseReviews.SingleAsync(r => r.CourseId == course.Id && r.TeacherId == teacherId, cancellationToken);
            review.Edit(stars, comment, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        var names = await mediator.Send(new GetMaskedNames([teacherId]), cancellationToken);
        return new ReviewItem(names.GetValueOrDefault(teacherId, "*"), review.Stars, review.Comment, review.CreatedAt, review.UpdatedAt, true);
    }
}
