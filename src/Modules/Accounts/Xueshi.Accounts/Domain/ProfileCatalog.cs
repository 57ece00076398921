using System.Text.Json;

namespace Xueshi.Accounts.Domain;

/// <summary>One choice of a profile field: the value the API stores and accepts, and its label.</summary>
internal sealed record ProfileOption(string Value, string Label);

/// <summary>
/// The choice lists of 个人信息 / 任教信息. The options endpoint shows them and the profile validator
/// accepts nothing else, so both read this one file. Text fields store the Chinese label itself:
/// it is what reports and certificates print, and it never needs a second translation table.
/// </summary>
internal static class ProfileCatalog
{
    public static readonly IReadOnlyList<ProfileOption> IdTypes =
    [
        Of(IdDocumentType.ResidentId, "居民身份证"),
        Of(IdDocumentType.HongKongMacauPermit, "港澳居民来往内地通行证"),
        Of(IdDocumentType.TaiwanPermit, "台湾居民来往大陆通行证"),
        Of(IdDocumentType.Passport, "护照"),
        Of(IdDocumentType.ForeignPermanentResidentId, "外国人永久居留身份证"),
    ];

    public static readonly IReadOnlyList<ProfileOption> Genders =
    [
        Of(Gender.Male, "男"),
        Of(Gender.Female, "女"),
    ];

    /// <summary>The 56 民族 in the order of GB/T 3304, then 其他.</summary>
    public static readonly IReadOnlyList<ProfileOption> Ethnicities = Labels(
        "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
        "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
        "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
        "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
        "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
        "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
        "其他");

    public static readonly IReadOnlyList<ProfileOption> PoliticalStatuses = Labels(
        "中共党员", "中共预备党员", "共青团员", "民主党派", "无党派人士", "群众");

    public static readonly IReadOnlyList<ProfileOption> Educations = Labels(
        "博士研究生", "硕士研究生", "本科", "专科", "高中/中专", "其他");

    public static readonly IReadOnlyList<ProfileOption> TeacherTypes = Labels(
        "专任教师", "管理人员", "教辅人员", "工勤人员", "其他");

    public static readonly IReadOnlyList<ProfileOption> Stages = Labels(
        "学前教育", "小学", "初中", "高中", "中等职业教育", "特殊教育", "高等职业教育", "高等教育", "其他");

    public static readonly IReadOnlyList<ProfileOption> Subjects = Labels(
        "语文", "数学", "英语", "日语", "俄语", "物理", "化学", "生物", "历史", "地理",
        "道德与法治", "思想政治", "科学", "信息技术", "通用技术", "音乐", "美术", "艺术", "体育与健康", "心理健康",
        "劳动", "综合实践活动", "书法", "学前教育", "特殊教育", "职业教育专业课", "其他");

    public static readonly IReadOnlyList<ProfileOption> Titles = Labels(
        "正高级教师", "高级教师", "一级教师", "二级教师", "三级教师", "未定级");

    public static readonly IReadOnlyList<ProfileOption> ItAbilities = Labels("熟练", "一般", "较弱");

    /// <summary>Whether a text field's value is one of its list (absent values are judged elsewhere).</summary>
    public static bool Contains(IReadOnlyList<ProfileOption> options, string value)
    {
        var trimmed = value.Trim();
        return options.Any(o => string.Equals(o.Value, trimmed, StringComparison.Ordinal));
    }

    /// <summary>An enum value the way the API writes it in JSON (camelCase).</summary>
    public static string ValueOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static ProfileOption Of<TEnum>(TEnum value, string label)
        where TEnum : struct, Enum => new(ValueOf(value), label);

    private static ProfileOption[] Labels(params string[] labels) => labels.Select(l => new ProfileOption(l, l)).ToArray();
}
