using FluentValidation;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Directory;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.ListPhoneRebindRequests;

internal sealed class ListPhoneRebindRequestsValidator : AbstractValidator<ListPhoneRebindRequests>
{
    public ListPhoneRebindRequestsValidator() =>
        RuleFor(r => r.Status).Cascade(CascadeMode.Stop)
            .Text(0, QueryEnum.LongestName<RebindRequestStatus>())
            .WithMessage(_ => Localized.Pick("状态取值为：", "The status is one of: ") + QueryEnum.Names<RebindRequestStatus>())
            .Must(s => QueryEnum.TryParse<RebindRequestStatus>(s, out _))
            .WithMessage(_ => Localized.Pick("状态取值为：", "The status is one of: ") + QueryEnum.Names<RebindRequestStatus>());
}
