using System.Text.RegularExpressions;
using FluentValidation;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.CreditRules.Features.Admin.PreviewRuleSet;

/// <summary>The teacher by phone or by id, exactly one. The rule set sent is checked by the handler against the program (field errors under ruleSet.*).</summary>
internal sealed partial class PreviewRuleSetValidator : AbstractValidator<PreviewRuleSet>
{
    public PreviewRuleSetValidator()
    {
        RuleFor(r => r.TeacherPhone).Text(0, 11, Phone());
        RuleFor(r => r.TeacherId).NotEqual(Guid.Empty).When(r => r.TeacherId is not null);
        RuleFor(r => r)
            .Must(r => string.IsNullOrWhiteSpace(r.TeacherPhone) != (r.TeacherId is null))
            .OverridePropertyName("teacherPhone")
            .WithMessage(_ => Xueshi.BuildingBlocks.Localization.Localized.Pick("请填写教师的手机号或账号 ID（二选一）。", "Give the teacher's phone number or account id, one of the two."));
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Phone();
}
