using FluentValidation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features;

/// <summary>Field rules shared by several use cases, so a phone number is judged the same everywhere.</summary>
internal static class AccountsValidationRules
{
    public static IRuleBuilderOptions<T, string> MustBeMobilePhone<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(PhoneNumber.IsValid)
            .WithMessage(_ => Localized.Pick("请输入正确的11位手机号。", "Enter a valid 11-digit mainland mobile number."));

    public static IRuleBuilderOptions<T, string?> MustBeSmsCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(@"^\d{6}$")
            .WithMessage(_ => Localized.Pick("验证码为6位数字。", "The SMS code is 6 digits."));

    public static IRuleBuilderOptions<T, TProperty> WithLocalizedName<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string chinese, string english) =>
        rule.WithName(_ => Localized.Pick(chinese, english));
}
