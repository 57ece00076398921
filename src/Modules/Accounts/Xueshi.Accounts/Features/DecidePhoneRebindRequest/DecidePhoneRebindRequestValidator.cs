using FluentValidation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.DecidePhoneRebindRequest;

internal sealed class DecidePhoneRebindRequestValidator : AbstractValidator<DecidePhoneRebindRequest>
{
    public DecidePhoneRebindRequestValidator()
    {
        RuleFor(r => r.Approve).NotNull()
            .WithMessage(_ => Localized.Pick("请选择通过或驳回。", "Say whether to approve."));
        RuleFor(r => r.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(r => r.Approve == false)
            .WithMessage(_ => Localized.Pick("驳回时请填写原因。", "Give a reason to reject."));
        RuleFor(r => r.Reason).MaximumLength(200)
            .WithMessage(_ => Localized.Pick("原因最多200个字符。", "The reason has at most 200 characters."));
    }
}
