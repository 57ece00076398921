using FluentValidation;

namespace Xueshi.Enrollment.Features.Reviews.ListReviews;

internal sealed class ListReviewsValidator : AbstractValidator<ListReviews>
{
    public ListReviewsValidator()
    {
        RuleFor(r => r.Page).InclusiveBetween(1, Paging.MaxPage).WithMessage(_ => Paging.PageMessage);
        RuleFor(r => r.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Paging.PageSizeMessage);
    }
}
