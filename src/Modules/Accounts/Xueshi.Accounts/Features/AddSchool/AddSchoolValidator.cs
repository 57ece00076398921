using FluentValidation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.AddSchool;

internal sealed class AddSchoolValidator : AbstractValidator<AddSchool>
{
    public AddSchoolValidator()
    {
        RuleFor(r => r.Name).MustBeSchoolName();
        RuleFor(r => r.SchoolSystem).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择学制。", "Choose the school system."));
    }
}
