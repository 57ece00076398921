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

    /// <summary>The password policy, judged against the phone number the same request carries.</summary>
    public static IRuleBuilderOptions<T, string> MustBeAcceptablePassword<T>(this IRuleBuilder<T, string> rule, Func<T, string?> phone) =>
        rule.Must((request, password) => PasswordPolicy.IsAcceptable(password, phone(request)))
            .WithMessage(_ => Localized.Pick(
                "密码需为8-64位，同时包含字母和数字，不含空格，且不能包含手机号。",
                "The password needs 8 to 64 characters with letters and digits, no spaces, and must not contain the phone number."));

    public static IRuleBuilderOptions<T, TProperty> WithLocalizedName<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string chinese, string english) =>
        rule.WithName(_ => Localized.Pick(chinese, english));
}
