using FluentValidation;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.RequestSmsCode;

internal sealed class RequestSmsCodeValidator : AbstractValidator<RequestSmsCode>
{
    public RequestSmsCodeValidator()
    {
        RuleFor(r => r.Phone).MustBeMobilePhone();
        RuleFor(r => r.Purpose).NotNull().IsInEnum().WithLocalizedName("用途", "Purpose");
    }
}
