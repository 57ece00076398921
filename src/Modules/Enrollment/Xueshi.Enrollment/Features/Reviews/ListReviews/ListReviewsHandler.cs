using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Features.Catalog;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Reviews.ListReviews;

internal sealed class ListReviewsHandler(EnrollmentDbContext db, ICurrentUser currentUser, IMediator mediator)
    : IRequestHandler<ListReviews, ReviewPage>
{
    public async Task<ReviewPage> Handle(ListReviews request, CancellationToken cancellationToken)
    {
        var readerId = currentUser.RequireAccountId();
        var course = await TeacherCatalog.RequireVisibleCourseAsync(db, request.CourseId, cancellationToken);
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? Paging.DefaultPageSize;
        var reviews = db.CourseReviews.AsNoTracking().Where(r => r.CourseId == course.Id);
        var total = await reviews.CountAsync(cancellationToken);
        var items = await reviews.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.TeacherId)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var mine = await reviews.SingleOrDefaultAsync(r => r.TeacherId == readerId, cancellationToken);

        var authors = items.Select(r => r.TeacherId).Append(readerId).ToList();
        var names = await mediator.Send(new GetMaskedNames(authors), cancellationToken);
        ReviewItem Item(CourseReview r) => new(names.GetValueOrDefault(r.TeacherId, "*"), r.Stars, r.Comment, r.CreatedAt, r.UpdatedAt, r.TeacherId == readerId);

        return new ReviewPage(items.Select(Item).ToList(), page, pageSize, total,
            await CourseStats.RatingAsync(db, course.Id, cancellationToken), mine is null ? null : Item(mine));
    }
}
