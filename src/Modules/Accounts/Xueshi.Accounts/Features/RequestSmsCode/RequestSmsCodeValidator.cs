using FluentValidation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.RequestSmsCode;

internal sealed class RequestSmsCodeValidator : AbstractValidator<RequestSmsCode>
{
    public RequestSmsCodeValidator()
    {
        RuleFor(r => r.Phone).MustBeMobilePhone();
        RuleFor(r => r.Purpose).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请指定验证码用途。", "Give the purpose of the code."));
    }
}
