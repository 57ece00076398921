using FluentValidation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.ResetPassword;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.Phone).MustBeMobilePhone();
        RuleFor(r => r.SmsCode).NotEmpty().WithLocalizedName("验证码", "SMS code").MustBeSmsCode();
        RuleFor(r => r.NewPassword)
            .Must((r, password) => PasswordPolicy.IsAcceptable(password, r.Phone))
            .WithMessage(_ => Localized.Pick(
                "密码需为8-64位，同时包含字母和数字，不含空格，且不能包含手机号。",
                "The password needs 8 to 64 characters with letters and digits, no spaces, and must not contain the phone number."));
    }
}
