using FluentValidation;

namespace Xueshi.Accounts.Features.SignOut;

internal sealed class SignOutValidator : AbstractValidator<SignOut>
{
    public SignOutValidator() =>
        RuleFor(r => r.RefreshToken).MaximumLength(200).WithLocalizedName("刷新令牌", "Refresh token");
}
