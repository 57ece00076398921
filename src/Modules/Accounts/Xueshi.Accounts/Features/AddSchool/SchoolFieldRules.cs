using FluentValidation;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.AddSchool;

/// <summary>How a school's name and 学制 are judged, when added and when corrected.</summary>
internal static class SchoolFieldRules
{
    public const int NameMin = 2;
    public const int NameMax = 100;

    public static IRuleBuilderOptions<T, string?> MustBeSchoolName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Text(NameMin, NameMax)
            .WithMessage(_ => Localized.Pick("学校名称为2-100个字符。", "The school name needs 2 to 100 characters."));
}
