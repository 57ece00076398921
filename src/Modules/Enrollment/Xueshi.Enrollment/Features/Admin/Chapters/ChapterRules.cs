using System.Linq.Expressions;
using FluentValidation;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Enrollment.Features.Admin.Chapters;

internal static class ChapterRules
{
    public const int MaxPosition = 1000;

    public static void Apply<T>(AbstractValidator<T> validator, Expression<Func<T, string?>> title, Expression<Func<T, int?>> position)
    {
        validator.RuleFor(title).Text(1, 100)
            .WithMessage(_ => Localized.Pick("章节名称为1-100个字。", "The chapter's title has 1 to 100 characters."));
        validator.RuleFor(position).InclusiveBetween(0, MaxPosition)
            .WithMessage(_ => Localized.Pick("顺序为0-1000。", "The position is 0 to 1000."));
    }
}
