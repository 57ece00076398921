using FluentValidation;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Accounts.Features.ListAuditEvents;

internal sealed class ListAuditEventsValidator : AbstractValidator<ListAuditEvents>
{
    public const int MaxPageSize = 100;

    public ListAuditEventsValidator()
    {
        RuleFor(r => r.Type).Cascade(CascadeMode.Stop)
            .Text(0, QueryEnum.LongestName<AuditEventType>())
            .WithMessage(_ => Localized.Pick("记录类型取值为：", "The type is one of: ") + QueryEnum.Names<AuditEventType>())
            .Must(t => QueryEnum.TryParse<AuditEventType>(t, out _))
            .WithMessage(_ => Localized.Pick("记录类型取值为：", "The type is one of: ") + QueryEnum.Names<AuditEventType>());
        RuleFor(r => r.To).GreaterThan(r => r.From).When(r => r.From is not null && r.To is not null)
            .WithMessage(_ => Localized.Pick("结束时间须晚于开始时间。", "'to' must be after 'from'."));
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1)
            .WithMessage(_ => Localized.Pick("页码从1开始。", "Pages start at 1."));
        RuleFor(r => r.Page).LessThanOrEqualTo(Paging.MaxPage)
            .WithMessage(_ => Paging.MaxPageMessage);
        RuleFor(r => r.PageSize).InclusiveBetween(1, MaxPageSize)
            .WithMessage(_ => Localized.Pick("每页数量为1-100。", "The page size is 1 to 100."));
    }
}
