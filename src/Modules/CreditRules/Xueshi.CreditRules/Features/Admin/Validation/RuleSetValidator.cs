using FluentValidation;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.CreditRules.Domain;

namespace Xueshi.CreditRules.Features.Admin.Validation;

/// <summary>
/// The limits of a rule set's every field, one validator per type so the OpenAPI document shows each
/// schema's limits. What the fields mean together (a cap below a threshold, a course not in the
/// program) is <see cref="RuleSetConsistency"/>'s, checked once these pass.
/// </summary>
internal sealed class RuleSetValidator : AbstractValidator<RuleSet>
{
    public RuleSetValidator()
    {
        RuleFor(r => r.Description).Text(0, 2000);
        RuleFor(r => r.RequiredTotalHours).Hours();
        RuleFor(r => r.MaxTotalHours).Hours();
        RuleFor(r => r.MinutesPerHour).InclusiveBetween(Domain.RuleSet.MinMinutesPerHour, Domain.RuleSet.MaxMinutesPerHour);
        RuleFor(r => r.RoleRequirements).NotNull().ItemCount(0, 10);
        RuleFor(r => r.RoleRequirements).NoNullItems();
        RuleForEach(r => r.RoleRequirements).SetValidator(new RoleRequirementValidator());
        RuleFor(r => r.RoleRequirements)
            .Must(list => list.Where(r => r is not null).Select(r => r.Role).Distinct().Count() == list.Count(r => r is not null))
            .When(r => r.RoleRequirements is not null)
            .WithMessage(_ => Localized.Pick("同一角色只能有一条要求。", "Each role may have one requirement only."));
        RuleFor(r => r.Courses).NotNull().ItemCount(0, 100);
        RuleFor(r => r.Courses).NoNullItems();
        RuleForEach(r => r.Courses).SetValidator(new CourseRuleValidator());
    }
}

internal sealed class RoleRequirementValidator : AbstractValidator<RoleRequirement>
{
    public RoleRequirementValidator()
    {
        RuleFor(r => r.Role).IsInEnum();
        RuleFor(r => r.MinLessons).InclusiveBetween(0, 10000);
        RuleFor(r => r.MinHours).Hours();
        RuleFor(r => r.MaxHours).Hours();
    }
}

internal sealed class CourseRuleValidator : AbstractValidator<CourseRule>
{
    public CourseRuleValidator()
    {
        RuleFor(c => c.CourseId).NotEqual(Guid.Empty);
        RuleFor(c => c.RequiredHours).Hours();
        RuleFor(c => c.MaxHours).Hours();
        RuleFor(c => c.Basis).NotNull().SetValidator(new CreditBasisValidator());
    }
}

internal sealed class CreditBasisValidator : AbstractValidator<CreditBasis>
{
    public CreditBasisValidator()
    {
        RuleFor(b => b.Kind).IsInEnum();
        RuleFor(b => b.Thresholds).ItemCount(0, 20);
        RuleFor(b => b.Thresholds).NoNullItems();
        RuleForEach(b => b.Thresholds).SetValidator(new MinutesThresholdValidator());
        RuleFor(b => b.Thresholds).NotEmpty().When(b => b.Kind == CreditBasisKind.StudyMinutes)
            .WithMessage(_ => Localized.Pick("按学习分钟认定时至少需要一档分钟数。", "A studyMinutes basis needs at least one threshold."));
        RuleFor(b => b.ResourceHours).ItemCount(0, 2000);
        RuleFor(b => b.ResourceHours).NoNullItems();
        RuleForEach(b => b.ResourceHours).SetValidator(new ResourceCreditValidator());
        RuleFor(b => b.DefaultResourceHours).Hours();
        RuleFor(b => b.ResourceHours).NotNull().When(b => b.Kind == CreditBasisKind.PerResource && b.DefaultResourceHours is null)
            .WithMessage(_ => Localized.Pick("按资源认定时须列出资源学时或给出默认学时。", "A perResource basis needs resource hours or a default."));
        RuleFor(b => b.HoursPerLesson).Hours();
        RuleFor(b => b.HoursPerLesson).NotNull().When(b => b.Kind == CreditBasisKind.PerLesson)
            .WithMessage(_ => Localized.Pick("按课时认定时须给出每课时学时。", "A perLesson basis needs hoursPerLesson."));
    }
}

internal sealed class MinutesThresholdValidator : AbstractValidator<MinutesThreshold>
{
    public MinutesThresholdValidator()
    {
        RuleFor(t => t.Minutes).InclusiveBetween(1, 100000);
        RuleFor(t => t.Hours).Hours();
    }
}

internal sealed class ResourceCreditValidator : AbstractValidator<ResourceCredit>
{
    public ResourceCreditValidator()
    {
        RuleFor(r => r.ResourceId).NotEqual(Guid.Empty);
        RuleFor(r => r.Hours).Hours();
    }
}

internal static class HoursRules
{
    /// <summary>A list may be absent where the validator allows it, but never hold a null (Must, so the document does not read it as required).</summary>
    public static IRuleBuilderOptions<T, TList> NoNullItems<T, TList>(this IRuleBuilder<T, TList> rule)
        where TList : IEnumerable<object?>? =>
        rule.Must(list => list is null || list.All(item => item is not null))
            .WithMessage(_ => Localized.Pick("列表中不能有空项。", "The list may not contain null items."));

    /// <summary>学时: 0 to 1000, at most two decimals (0.5, 1.25), as the manuals write them.</summary>
    public static IRuleBuilderOptions<T, decimal> Hours<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.InclusiveBetween(0m, 1000m)
            .Must(h => decimal.Round(h, 2) == h)
            .WithMessage(_ => Localized.Pick("学时最多保留两位小数。", "Hours have at most two decimals."));

    public static IRuleBuilderOptions<T, decimal?> Hours<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.InclusiveBetween(0m, 1000m)
            .Must(h => h is null || decimal.Round(h.Value, 2) == h.Value)
            .WithMessage(_ => Localized.Pick("学时最多保留两位小数。", "Hours have at most two decimals."));
}
