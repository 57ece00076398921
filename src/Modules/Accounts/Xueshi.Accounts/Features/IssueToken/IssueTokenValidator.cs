using FluentValidation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.IssueToken;

internal sealed class IssueTokenValidator : AbstractValidator<IssueToken>
{
    public IssueTokenValidator()
    {
        RuleFor(r => r.Phone).MustBeMobilePhone();
        RuleFor(r => r.Password)
            .Must((r, password) => string.IsNullOrEmpty(password) != string.IsNullOrEmpty(r.SmsCode))
            .WithMessage(_ => Localized.Pick("请填写密码或验证码（二选一）。", "Give either a password or an SMS code."));
        RuleFor(r => r.Password).MaximumLength(64).WithLocalizedName("密码", "Password");
        RuleFor(r => r.SmsCode).MustBeSmsCode().When(r => !string.IsNullOrEmpty(r.SmsCode));
    }
}
