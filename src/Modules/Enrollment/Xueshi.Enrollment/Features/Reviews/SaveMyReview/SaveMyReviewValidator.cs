using FluentValidation;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Enrollment.Features.Reviews.SaveMyReview;

internal sealed class SaveMyReviewValidator : AbstractValidator<SaveMyReview>
{
    public const int MaxComment = 500;

    public SaveMyReviewValidator()
    {
        RuleFor(r => r.Stars).NotNull().InclusiveBetween(1, 5)
            .WithMessage(_ => Localized.Pick("请评1-5星。", "Stars are 1 to 5."));
        RuleFor(r => r.Comment).Text(0, MaxComment)
            .WithMessage(_ => Localized.Pick("评价内容最多500个字。", "The comment has at most 500 characters."));
    }
}
