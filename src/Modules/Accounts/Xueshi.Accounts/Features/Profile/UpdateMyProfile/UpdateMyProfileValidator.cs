using System.Text.RegularExpressions;
using FluentValidation;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features.Profile.UpdateMyProfile;

/// <summary>
/// Judges each field that is filled in; empty fields are allowed (a partial profile may be saved)
/// and reported as missing instead.
/// </summary>
internal sealed partial class UpdateMyProfileValidator : AbstractValidator<UpdateMyProfile>
{
    public UpdateMyProfileValidator(TimeProvider clock)
    {
        // The length is what the document shows; the letters pattern is .NET's (\p{L}, surrogate pairs), not JSON Schema's.
        RuleFor(r => r.RealName)
            .Cascade(CascadeMode.Stop)
            .Text(1, 50).WithMessage(_ => RealNameMessage)
            .Must(name => NamePattern().IsMatch(name!.Trim())).WithMessage(_ => RealNameMessage)
            .When(r => !string.IsNullOrWhiteSpace(r.RealName));

        RuleFor(r => r.IdType)
            .NotNull().When(r => !string.IsNullOrWhiteSpace(r.IdNumber))
            .WithMessage(_ => Localized.Pick("请选择证件类型。", "Choose the ID document type."));
        RuleFor(r => r.IdType).IsInEnum()
            .WithMessage(_ => Localized.Pick("请从列表中选择证件类型。", "Choose an ID document type from the list."));
        RuleFor(r => r.IdNumber)
            .Must(n => !string.IsNullOrWhiteSpace(n)).When(r => r.IdType is not null)
            .WithMessage(_ => Localized.Pick("请填写证件号码。", "Enter the ID number."));
        // No document number is longer; the rules per type below are stricter still.
        RuleFor(r => r.IdNumber)
            .Text(0, MaxIdNumberLength)
            .When(r => r.IdType is null)
            .WithMessage(_ => Localized.Pick("证件号码最多30个字符。", "The ID number has at most 30 characters."));

        RuleFor(r => r.IdNumber)
            .Must(n => ResidentIdNumber.IsValid(ResidentIdNumber.Normalize(n!), ChinaCalendar.Today(clock.GetUtcNow())))
            .When(r => r.IdType == IdDocumentType.ResidentId && !string.IsNullOrWhiteSpace(r.IdNumber))
            .WithMessage(_ => Localized.Pick(
                "身份证号码不正确，请核对18位号码（出生日期和末位校验码）。",
                "This resident ID number is not valid: check its 18 characters (birth date and final check character)."));
        RuleFor(r => r.IdNumber)
            .Must(n => OtherDocumentPattern().IsMatch(n!.Trim()))
            .When(r => r.IdType is not null and not IdDocumentType.ResidentId && !string.IsNullOrWhiteSpace(r.IdNumber))
            .WithMessage(_ => Localized.Pick(
                "证件号码为5-30位字母、数字、括号或“-”。",
                "The ID number needs 5 to 30 letters, digits, brackets or hyphens."));

        // A resident ID number encodes the gender; a profile saying otherwise is a typing mistake.
        RuleFor(r => r.Gender)
            .Must((r, gender) => ResidentIdNumber.GenderOf(ResidentIdNumber.Normalize(r.IdNumber!)) == gender)
            .When(r => r.Gender is not null && r.IdType == IdDocumentType.ResidentId && r.IdNumber is not null
                && ResidentIdNumber.IsValid(ResidentIdNumber.Normalize(r.IdNumber), ChinaCalendar.Today(clock.GetUtcNow())))
            .WithMessage(_ => Localized.Pick("性别与身份证号码不符，请核对。", "The gender does not agree with the resident ID number."));
        RuleFor(r => r.Gender).IsInEnum()
            .WithMessage(_ => Localized.Pick("请从列表中选择性别。", "Choose a gender from the list."));

        Choice(r => r.Ethnicity, ProfileCatalog.Ethnicities, "民族", "ethnicity");
        Choice(r => r.PoliticalStatus, ProfileCatalog.PoliticalStatuses, "政治面貌", "political status");
        Choice(r => r.Education, ProfileCatalog.Educations, "最高学历", "education");
        Choice(r => r.TeacherType, ProfileCatalog.TeacherTypes, "教师类型", "teacher type");
        Choice(r => r.Stage, ProfileCatalog.Stages, "学段", "stage");
        Choice(r => r.Subject, ProfileCatalog.Subjects, "学科领域", "subject");
        Choice(r => r.Title, ProfileCatalog.Titles, "职称", "title");
        Choice(r => r.ItAbility, ProfileCatalog.ItAbilities, "信息技术应用能力", "IT ability");

        // The fixed range is what the document shows; "not after this year" moves with the clock.
        RuleFor(r => r.EntryYear)
            .Cascade(CascadeMode.Stop)
            .InclusiveBetween(1950, 2100)
            .WithMessage(_ => EntryYearMessage)
            .Must(year => year <= ChinaCalendar.Today(clock.GetUtcNow()).Year)
            .WithMessage(_ => EntryYearMessage)
            .When(r => r.EntryYear is not null);

        RuleFor(r => r.Honours)
            .Text(0, 500)
            .When(r => r.Honours is not null)
            .WithMessage(_ => Localized.Pick("荣誉称号最多500个字符。", "Honours take at most 500 characters."));
    }

    private const int MaxIdNumberLength = 30;

    private static string RealNameMessage => Localized.Pick(
        "姓名为1-50个汉字或字母，少数民族姓名可用“·”分隔。",
        "The name needs 1 to 50 Chinese characters or letters, parts separated by · where needed.");

    private static string EntryYearMessage =>
        Localized.Pick("入职年份应在1950年至今年之间。", "The entry year must be between 1950 and this year.");

    private void Choice(System.Linq.Expressions.Expression<Func<UpdateMyProfile, string?>> field,
        IReadOnlyList<ProfileOption> options, string chinese, string english)
    {
        var read = field.Compile();
        RuleFor(field)
            .Cascade(CascadeMode.Stop)
            .Text(0, options.Max(o => o.Value.Length))
            .When(r => !string.IsNullOrWhiteSpace(read(r)))
            .WithMessage(_ => Localized.Pick($"请从列表中选择{chinese}。", $"Choose the {english} from the list."))
            .Must(value => ProfileCatalog.Contains(options, value!))
            .When(r => !string.IsNullOrWhiteSpace(read(r)))
            .WithMessage(_ => Localized.Pick($"请从列表中选择{chinese}。", $"Choose the {english} from the list."));
    }

    // Letters of any script (CJK extension characters beyond the BMP included), parts joined by
    // one · or one space: 阿卜杜拉·买买提, John Smith.
    [GeneratedRegex(@"^(?:\p{L}|[\uD840-\uD8BF][\uDC00-\uDFFF])+(?:[·• ](?:\p{L}|[\uD840-\uD8BF][\uDC00-\uDFFF])+)*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9()\-]{5,30}$")]
    private static partial Regex OtherDocumentPattern();
}
