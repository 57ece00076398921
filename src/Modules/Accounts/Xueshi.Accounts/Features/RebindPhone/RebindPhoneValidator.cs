using FluentValidation;

namespace Xueshi.Accounts.Features.RebindPhone;

internal sealed class RebindPhoneValidator : AbstractValidator<RebindPhone>
{
    public RebindPhoneValidator()
    {
        RuleFor(r => r.OldPhoneCode).Cascade(CascadeMode.Stop).NotEmpty().WithLocalizedName("原手机验证码", "Old phone code").MustBeSmsCode();
        RuleFor(r => r.NewPhone).MustBeMobilePhone();
        RuleFor(r => r.NewPhoneCode).Cascade(CascadeMode.Stop).NotEmpty().WithLocalizedName("新手机验证码", "New phone code").MustBeSmsCode();
    }
}
