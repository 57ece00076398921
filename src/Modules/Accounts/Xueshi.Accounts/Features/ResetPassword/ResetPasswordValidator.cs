using FluentValidation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.ResetPassword;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.Phone).MustBeMobilePhone();
        RuleFor(r => r.SmsCode).Cascade(CascadeMode.Stop).NotEmpty().WithLocalizedName("验证码", "SMS code").MustBeSmsCode();
        RuleFor(r => r.NewPassword).MustBeAcceptablePassword(r => r.Phone);
    }
}
