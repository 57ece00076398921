using FluentValidation;

namespace Xueshi.Accounts.Features.RefreshTokens;

internal sealed class RefreshAccessTokenValidator : AbstractValidator<RefreshAccessToken>
{
    public RefreshAccessTokenValidator() =>
        RuleFor(r => r.RefreshToken).MaximumLength(200).WithLocalizedName("刷新令牌", "Refresh token");
}
