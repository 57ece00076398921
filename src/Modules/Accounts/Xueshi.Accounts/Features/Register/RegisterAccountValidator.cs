using FluentValidation;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.Register;

internal sealed class RegisterAccountValidator : AbstractValidator<RegisterAccount>
{
    public RegisterAccountValidator()
    {
        RuleFor(r => r.Phone).MustBeMobilePhone();
        RuleFor(r => r.SmsCode).Cascade(CascadeMode.Stop).NotEmpty().WithLocalizedName("验证码", "SMS code").MustBeSmsCode();
        RuleFor(r => r.Password).MustBeAcceptablePassword(r => r.Phone);
        RuleFor(r => r.Identity).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择身份。", "Choose an identity."));
        RuleFor(r => r.Nickname)
            .Text(1, 20)
            .WithMessage(_ => Localized.Pick("昵称为1-20个字符。", "The nickname needs 1 to 20 characters."));
        RuleFor(r => r.UserAgreementVersion).MustBeLegalVersion();
        RuleFor(r => r.PrivacyPolicyVersion).MustBeLegalVersion();
    }
}
