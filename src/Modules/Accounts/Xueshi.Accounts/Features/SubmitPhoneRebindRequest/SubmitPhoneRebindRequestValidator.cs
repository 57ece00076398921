using FluentValidation;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.SubmitPhoneRebindRequest;

internal sealed class SubmitPhoneRebindRequestValidator : AbstractValidator<SubmitPhoneRebindRequest>
{
    public SubmitPhoneRebindRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.RealName).Text(1, 50)
            .WithMessage(_ => Localized.Pick("请填写姓名（最多50个字符）。", "Give the real name (at most 50 characters)."));
        RuleFor(r => r.IdType).Cascade(CascadeMode.Stop)
            .Text(1, QueryEnum.LongestName<IdDocumentType>())
            .WithMessage(_ => Localized.Pick("请选择证件类型。", "Choose the ID type."))
            .Must(t => IdTypes.TryParse(t, out _))
            .WithMessage(_ => Localized.Pick("请选择证件类型。", "Choose the ID type."));
        RuleFor(r => r.IdNumber).Cascade(CascadeMode.Stop)
            .Text(1, IdTypes.MaxNumberLength)
            .WithMessage(_ => Localized.Pick("证件号码不正确。", "The ID number is not valid."))
            .Must((r, number) => IdTypes.IsValidNumber(r.IdType, number, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithMessage(_ => Localized.Pick("证件号码不正确。", "The ID number is not valid."));
        RuleFor(r => r.OldPhone).Text(PhoneNumber.Length, PhoneNumber.Length, PhoneNumber.Regex, trim: false)
            .WithMessage(_ => Localized.Pick("请输入正确的原手机号。", "Enter the old 11-digit mobile number."));
        RuleFor(r => r.NewPhone).Text(PhoneNumber.Length, PhoneNumber.Length, PhoneNumber.Regex, trim: false)
            .WithMessage(_ => Localized.Pick("请输入正确的新手机号。", "Enter the new 11-digit mobile number."));
        RuleFor(r => r.NewPhone).NotEqual(r => r.OldPhone).When(r => PhoneNumber.IsValid(r.NewPhone))
            .WithMessage(_ => Localized.Pick("新手机号不能与原手机号相同。", "The new number is the same as the old one."));
        RuleFor(r => r.NewPhoneCode).Cascade(CascadeMode.Stop).NotEmpty().WithLocalizedName("新手机验证码", "New phone code").MustBeSmsCode();
        RuleFor(r => r.PhotoLength).NotNull().GreaterThan(0)
            .OverridePropertyName("photo")
            .WithMessage(_ => Localized.Pick("请上传手持证件照片。", "Attach the ID photo."));
    }
}

/// <summary>证件类型 as the form sends it (camelCase, like the JSON enums).</summary>
internal static class IdTypes
{
    public static bool TryParse(string? value, out IdDocumentType type)
    {
        type = default;
        return !string.IsNullOrWhiteSpace(value) && !value.Trim().All(char.IsAsciiDigit)
            && Enum.TryParse(value.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type);
    }

    /// <summary>The longest ID number of any document type (a resident ID has 18 characters).</summary>
    public const int MaxNumberLength = 30;

    public static bool IsValidNumber(string? idType, string? number, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Trim().Length > MaxNumberLength)
        {
            return false;
        }

        if (!TryParse(idType, out var type))
        {
            return true; // the type's own rule reports it
        }

        return type != IdDocumentType.ResidentId || ResidentIdNumber.IsValid(ResidentIdNumber.Normalize(number), today);
    }
}
