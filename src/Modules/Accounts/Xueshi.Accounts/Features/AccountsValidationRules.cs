using System.Text.RegularExpressions;
using FluentValidation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Accounts.Features;

/// <summary>Field rules shared by several use cases, so a phone number is judged the same everywhere.</summary>
internal static partial class AccountsValidationRules
{
    public static IRuleBuilderOptions<T, TText> MustBeMobilePhone<T, TText>(this IRuleBuilder<T, TText> rule) =>
        rule.Text(PhoneNumber.Length, PhoneNumber.Length, PhoneNumber.Regex, trim: false)
            .WithMessage(_ => Localized.Pick("请输入正确的11位手机号。", "Enter a valid 11-digit mainland mobile number."));

    public static IRuleBuilderOptions<T, TText> MustBeSmsCode<T, TText>(this IRuleBuilder<T, TText> rule) =>
        rule.Text(6, 6, SmsCodePattern(), trim: false)
            .WithMessage(_ => Localized.Pick("验证码为6位数字。", "The SMS code is 6 digits."));

    /// <summary>
    /// The password policy, judged against the phone number the same request carries. Its length
    /// is checked first on its own so the API document shows it; the caller stops at the first failure.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MustBeAcceptablePassword<T>(this IRuleBuilderInitial<T, string> rule, Func<T, string?> phone) =>
        rule.Cascade(CascadeMode.Stop)
            .Text(PasswordPolicy.MinLength, PasswordPolicy.MaxLength, trim: false).WithMessage(_ => PasswordMessage)
            .Must((request, password) => PasswordPolicy.IsAcceptable(password, phone(request))).WithMessage(_ => PasswordMessage);

    private static string PasswordMessage => Localized.Pick(
        "密码需为8-64位，同时包含字母和数字，不含空格，且不能包含手机号。",
        "The password needs 8 to 64 characters with letters and digits, no spaces, and must not contain the phone number.");

    /// <summary>The version of a legal document the person was shown (我已阅读并同意).</summary>
    public static IRuleBuilderOptions<T, int?> MustBeLegalVersion<T>(this IRuleBuilderInitial<T, int?> rule) =>
        rule.NotNull().InclusiveBetween(1, Legal.LegalVersions.MaxVersion)
            .WithMessage(_ => Localized.Pick("请阅读并同意《用户协议》和《隐私政策》。", "Agree to the user agreement and the privacy policy (their current versions)."));

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex SmsCodePattern();

    public static IRuleBuilderOptions<T, TProperty> WithLocalizedName<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string chinese, string english) =>
        rule.WithName(_ => Localized.Pick(chinese, english));
}
