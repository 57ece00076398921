using FluentValidation;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.GrantRole;

/// <summary>The scope rules of RoleGrant.Create, as field errors before anything is looked up.</summary>
internal sealed class GrantRoleValidator : AbstractValidator<GrantRole>
{
    public GrantRoleValidator()
    {
        RuleFor(r => r.Phone).MustBeMobilePhone();
        RuleFor(r => r.Role).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择角色。", "Choose a role."));
        RuleFor(r => r.SchoolId).NotNull().When(r => r.Role == AccountRole.SchoolAdmin)
            .WithMessage(_ => Localized.Pick("学校管理员需要指定学校。", "A school admin needs a schoolId."));
        RuleFor(r => r.SchoolId).Null().When(r => r.Role != AccountRole.SchoolAdmin)
            .WithMessage(_ => Localized.Pick("只有学校管理员需要指定学校。", "Only a school admin has a schoolId."));
        RuleFor(r => r.RegionId).NotNull().When(r => r.Role == AccountRole.RegionAdmin)
            .WithMessage(_ => Localized.Pick("区域管理员需要指定行政区域。", "A region admin needs a regionId."));
        RuleFor(r => r.RegionId).Null().When(r => r.Role != AccountRole.RegionAdmin)
            .WithMessage(_ => Localized.Pick("只有区域管理员需要指定行政区域。", "Only a region admin has a regionId."));
    }
}
