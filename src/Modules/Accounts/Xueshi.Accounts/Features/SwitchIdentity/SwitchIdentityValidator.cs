using FluentValidation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.SwitchIdentity;

internal sealed class SwitchIdentityValidator : AbstractValidator<SwitchIdentity>
{
    public SwitchIdentityValidator() =>
        RuleFor(r => r.Identity).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择要切换的身份。", "Choose the identity to switch to."));
}
