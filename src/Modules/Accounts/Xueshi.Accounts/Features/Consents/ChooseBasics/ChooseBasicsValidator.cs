using FluentValidation;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Accounts.Features.Consents.ChooseBasics;

internal sealed class ChooseBasicsValidator : AbstractValidator<ChooseBasics>
{
    public ChooseBasicsValidator()
    {
        RuleFor(r => r.Identity).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择身份。", "Choose an identity."));
        RuleFor(r => r.Nickname)
            .Text(1, 20)
            .WithMessage(_ => Localized.Pick("昵称为1-20个字符。", "The nickname needs 1 to 20 characters."));
        RuleFor(r => r.UserAgreementVersion).MustBeLegalVersion();
        RuleFor(r => r.PrivacyPolicyVersion).MustBeLegalVersion();
    }
}
