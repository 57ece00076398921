using FluentValidation;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.Directory;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.SearchSchools;

internal sealed class SearchSchoolsValidator : AbstractValidator<SearchSchools>
{
    public const int MaxPageSize = 50;

    public SearchSchoolsValidator()
    {
        RuleFor(r => r.RegionId).NotNull()
            .WithMessage(_ => Localized.Pick("请先选择行政区域。", "Choose a region (regionId)."));
        RuleFor(r => r.Q).MaximumLength(50)
            .WithMessage(_ => Localized.Pick("搜索关键字最多50个字符。", "The search text has at most 50 characters."));
        RuleFor(r => r.SchoolSystem).Cascade(CascadeMode.Stop)
            .Text(0, QueryEnum.LongestName<SchoolSystem>())
            .WithMessage(_ => Localized.Pick("学制取值为：", "The school system is one of: ") + QueryEnum.Names<SchoolSystem>())
            .Must(s => QueryEnum.TryParse<SchoolSystem>(s, out _))
            .WithMessage(_ => Localized.Pick("学制取值为：", "The school system is one of: ") + QueryEnum.Names<SchoolSystem>());
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1)
            .WithMessage(_ => Localized.Pick("页码从1开始。", "Pages start at 1."));
        RuleFor(r => r.Page).LessThanOrEqualTo(Paging.MaxPage)
            .WithMessage(_ => Paging.MaxPageMessage);
        RuleFor(r => r.PageSize).InclusiveBetween(1, MaxPageSize)
            .WithMessage(_ => Localized.Pick("每页数量为1-50。", "The page size is 1 to 50."));
    }
}
