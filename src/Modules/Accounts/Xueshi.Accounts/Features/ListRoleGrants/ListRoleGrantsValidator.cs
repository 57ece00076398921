using FluentValidation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Accounts.Features.ListRoleGrants;

internal sealed class ListRoleGrantsValidator : AbstractValidator<ListRoleGrants>
{
    public ListRoleGrantsValidator() =>
        RuleFor(r => r.Phone)
            .Text(0, PhoneNumber.Length)
            .WithMessage(_ => Localized.Pick("手机号为11位数字。", "A phone number has 11 digits."));
}
