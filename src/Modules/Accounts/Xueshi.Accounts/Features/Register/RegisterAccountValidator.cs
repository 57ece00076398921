using FluentValidation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.Register;

internal sealed class RegisterAccountValidator : AbstractValidator<RegisterAccount>
{
    public RegisterAccountValidator()
    {
        RuleFor(r => r.Phone).MustBeMobilePhone();
        RuleFor(r => r.SmsCode).NotEmpty().WithLocalizedName("验证码", "SMS code").MustBeSmsCode();
        RuleFor(r => r.Password)
            .Must((r, password) => PasswordPolicy.IsAcceptable(password, r.Phone))
            .WithMessage(_ => Localized.Pick(
                "密码需为8-64位，同时包含字母和数字，不含空格，且不能包含手机号。",
                "The password needs 8 to 64 characters with letters and digits, no spaces, and must not contain the phone number."));
        RuleFor(r => r.Identity).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择身份。", "Choose an identity."));
        RuleFor(r => r.Nickname)
            .Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= 20)
            .WithMessage(_ => Localized.Pick("昵称为1-20个字符。", "The nickname needs 1 to 20 characters."));
    }
}
