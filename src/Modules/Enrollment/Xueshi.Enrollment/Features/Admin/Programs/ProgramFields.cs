using FluentValidation;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.Programs;

/// <summary>Every field an operator sets on a program, shared by creating and editing it.</summary>
internal interface IProgramFields
{
    Guid? TrainingId { get; }

    string? Title { get; }

    string? Description { get; }

    Guid? CoverMediaId { get; }

    Audience? Audience { get; }

    DateOnly? StartsOn { get; }

    DateOnly? EndsOn { get; }

    DateOnly? CertificateDate { get; }

    SchoolSystemPolicy? SchoolSystems { get; }

    IReadOnlyList<AccountIdentity>? AdmittedIdentities { get; }

    IReadOnlyList<ProgramProfileField>? RequiredProfileFields { get; }

    SupportContact? Support { get; }

    StudySettings? Study { get; }
}

internal static class ProgramFields
{
    public static ProgramDetails ToDetails(this IProgramFields f) => new(
        f.TrainingId, f.Title ?? "", f.Description ?? "", f.CoverMediaId, f.Audience!.Value, f.StartsOn!.Value, f.EndsOn!.Value, f.CertificateDate,
        f.SchoolSystems is { } policy
            ? new SchoolSystemPolicy(policy.Admitted ?? [], string.IsNullOrWhiteSpace(policy.RefusalMessage) ? null : policy.RefusalMessage.Trim(),
                policy.RedirectProgramId)
            : SchoolSystemPolicy.AdmitAll,
        f.AdmittedIdentities ?? [],
        f.RequiredProfileFields ?? [],
        f.Support is { } s ? new SupportContact(Blank(s.Phone), Blank(s.Hours), Blank(s.QqGroup)) : SupportContact.None,
        f.Study ?? StudySettings.Default);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The field limits of a program; they apply to drafts too (coherence rules wait for publishing).</summary>
internal abstract class ProgramFieldsValidator<T> : AbstractValidator<T>
    where T : IProgramFields
{
    protected ProgramFieldsValidator()
    {
        RuleFor(r => r.Title).Text(2, 100)
            .WithMessage(_ => Localized.Pick("专题名称为2-100个字。", "The title has 2 to 100 characters."));
        RuleFor(r => r.Description).Text(0, 4000)
            .WithMessage(_ => Localized.Pick("专题介绍最多4000个字。", "The description has at most 4000 characters."));
        RuleFor(r => r.Audience).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择面向对象（基础教育、高等教育或职业教育）。", "Choose the audience."));
        RuleFor(r => r.StartsOn).NotNull()
            .WithMessage(_ => Localized.Pick("请填写学习开始日期。", "Enter the first day of the window."));
        RuleFor(r => r.EndsOn).NotNull()
            .WithMessage(_ => Localized.Pick("请填写学习结束日期。", "Enter the last day of the window."));
        RuleFor(r => r.EndsOn).GreaterThanOrEqualTo(r => r.StartsOn).When(r => r.StartsOn is not null && r.EndsOn is not null)
            .WithMessage(_ => Localized.Pick("学习结束日期不能早于开始日期。", "The window cannot end before it starts."));
        RuleFor(r => r.AdmittedIdentities).ItemCount(0, 10)
            .WithMessage(_ => Localized.Pick("可报名身份最多10项。", "At most 10 identities."));
        RuleForEach(r => r.AdmittedIdentities).IsInEnum()
            .WithMessage(_ => Localized.Pick("请从列表中选择身份。", "Choose identities from the list."));
        RuleFor(r => r.RequiredProfileFields).ItemCount(0, 10)
            .WithMessage(_ => Localized.Pick("必填信息最多10项。", "At most 10 profile fields."));
        RuleForEach(r => r.RequiredProfileFields).IsInEnum()
            .WithMessage(_ => Localized.Pick("请从列表中选择必填信息。", "Choose profile fields from the list."));
        RuleFor(r => r.SchoolSystems!).SetValidator(new SchoolSystemPolicyValidator()).When(r => r.SchoolSystems is not null);
        RuleFor(r => r.Support!).SetValidator(new SupportContactValidator()).When(r => r.Support is not null);
        RuleFor(r => r.Study!).SetValidator(new StudySettingsValidator()).When(r => r.Study is not null);
    }
}

internal sealed class StudySettingsValidator : AbstractValidator<StudySettings>
{
    public StudySettingsValidator()
    {
        RuleFor(s => s.MaxPlaybackRate).InclusiveBetween(1.0, 3.0)
            .WithMessage(_ => Localized.Pick("最高播放速度为1至3倍。", "The fastest playback rate is 1× to 3×."));
        RuleFor(s => s.QuizCompletion).IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择测试题完成规则。", "Choose when a quiz is complete."));
    }
}

internal sealed class SchoolSystemPolicyValidator : AbstractValidator<SchoolSystemPolicy>
{
    public SchoolSystemPolicyValidator()
    {
        RuleFor(p => p.Admitted).ItemCount(0, 20)
            .WithMessage(_ => Localized.Pick("学制最多20项。", "At most 20 school systems."));
        RuleForEach(p => p.Admitted).IsInEnum()
            .WithMessage(_ => Localized.Pick("请从列表中选择学制。", "Choose school systems from the list."));
        RuleFor(p => p.RefusalMessage).Text(0, 500)
            .WithMessage(_ => Localized.Pick("提示语最多500个字。", "The message has at most 500 characters."));
    }
}

internal sealed class SupportContactValidator : AbstractValidator<SupportContact>
{
    public SupportContactValidator()
    {
        RuleFor(s => s.Phone).Text(0, 30)
            .WithMessage(_ => Localized.Pick("客服电话最多30个字符。", "The phone has at most 30 characters."));
        RuleFor(s => s.Hours).Text(0, 100)
            .WithMessage(_ => Localized.Pick("服务时间最多100个字。", "The hours have at most 100 characters."));
        RuleFor(s => s.QqGroup).Text(0, 20)
            .WithMessage(_ => Localized.Pick("QQ群号最多20个字符。", "The QQ group has at most 20 characters."));
    }
}
