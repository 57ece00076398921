using FluentValidation;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.Verification.DecideVerifications;

internal sealed class DecideVerificationsValidator : AbstractValidator<DecideVerifications>
{
    public DecideVerificationsValidator()
    {
        RuleFor(r => r.AccountIds)
            .ItemCount(1, DecideVerifications.MaxTeachers)
            .WithMessage(_ => Localized.Pick("请选择1-300名教师。", "Choose 1 to 300 teachers."));
        RuleFor(r => r.AccountIds)
            .Must(ids => !ids!.Contains(Guid.Empty))
            .When(r => r.AccountIds is not null)
            .WithMessage(_ => Localized.Pick("教师编号不正确。", "An account id is empty."));
        RuleFor(r => r.Decision)
            .NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择审核结果：通过或不通过。", "Choose approve or reject."));
        RuleFor(r => r.Reason)
            .Must(reason => !string.IsNullOrWhiteSpace(reason))
            .When(r => r.Decision == VerificationDecision.Reject)
            .WithMessage(_ => Localized.Pick("审核不通过时请填写原因。", "Give a reason to reject."));
        RuleFor(r => r.Reason)
            .Text(0, 200)
            .When(r => r.Reason is not null)
            .WithMessage(_ => Localized.Pick("原因最多200个字符。", "The reason takes at most 200 characters."));
    }
}
