using FluentValidation;
using Xueshi.Accounts.Features.AddSchool;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.CorrectSchool;

internal sealed class CorrectSchoolValidator : AbstractValidator<CorrectSchool>
{
    public CorrectSchoolValidator()
    {
        RuleFor(r => r.Name).MustBeSchoolName().When(r => r.Name is not null);
        RuleFor(r => r.SchoolSystem).IsInEnum();
        RuleFor(r => r.Name).NotNull().When(r => r.SchoolSystem is null)
            .WithMessage(_ => Localized.Pick("请填写要修改的学校名称或学制。", "Give a new name or school system."));
    }
}
