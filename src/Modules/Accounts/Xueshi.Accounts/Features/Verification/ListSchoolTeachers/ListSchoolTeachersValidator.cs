using FluentValidation;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.Verification.ListSchoolTeachers;

internal sealed class ListSchoolTeachersValidator : AbstractValidator<ListSchoolTeachers>
{
    public ListSchoolTeachersValidator()
    {
        RuleFor(r => r.Status)
            .Cascade(CascadeMode.Stop)
            .Text(0, QueryEnum.LongestName<VerificationStatus>())
            .Must(s => ListSchoolTeachers.IsKnownStatus(s!))
            .When(r => !string.IsNullOrWhiteSpace(r.Status))
            .WithMessage(_ => Localized.Pick("状态只能是待审核、已通过或未通过。", "The status is pending, approved or rejected."));
        RuleFor(r => r.Q)
            .Text(0, 50)
            .When(r => r.Q is not null)
            .WithMessage(_ => Localized.Pick("姓名最多50个字符。", "The name takes at most 50 characters."));
        RuleFor(r => r.Page)
            .GreaterThanOrEqualTo(1)
            .When(r => r.Page is not null)
            .WithMessage(_ => Localized.Pick("页码从1开始。", "Pages start at 1."));
        RuleFor(r => r.Page)
            .LessThanOrEqualTo(Paging.MaxPage)
            .When(r => r.Page is not null)
            .WithMessage(_ => Paging.MaxPageMessage);
        RuleFor(r => r.PageSize)
            .InclusiveBetween(1, ListSchoolTeachers.MaxPageSize)
            .When(r => r.PageSize is not null)
            .WithMessage(_ => Localized.Pick("每页条数为1-100。", "The page size is 1 to 100."));
    }
}
