using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.DemoData;

/// <summary>
/// A small but real directory: three provinces, two cities each, three counties per city with
/// their GB/T 2260 codes and names, and schools of every 学制 (names partly real, partly made up).
/// </summary>
internal static class DemoDirectory
{
    internal sealed record DemoCounty(string Code, string Name, (string Name, SchoolSystem System)[] Schools);

    internal sealed record DemoCity(string Code, string Name, DemoCounty[] Counties);

    internal sealed record DemoProvince(string Code, string Name, DemoCity[] Cities);

    /// <summary>The primary school the demo school admin, the county admin and the two teachers belong to.</summary>
    public const string DemoSchoolName = "济南市历下区第一实验小学";

    public const string DemoCountyCode = "370102";
    public const string DemoCityCode = "370100";
    public const string DemoProvinceCode = "370000";

    private const SchoolSystem K = SchoolSystem.Kindergarten;
    private const SchoolSystem P = SchoolSystem.Primary;
    private const SchoolSystem J = SchoolSystem.JuniorSecondary;
    private const SchoolSystem S = SchoolSystem.SeniorSecondary;
    private const SchoolSystem C = SchoolSystem.Combined;
    private const SchoolSystem Sp = SchoolSystem.SpecialEducation;
    private const SchoolSystem Sv = SchoolSystem.SecondaryVocational;
    private const SchoolSystem Hv = SchoolSystem.HigherVocational;
    private const SchoolSystem He = SchoolSystem.HigherEducation;
    private const SchoolSystem Ts = SchoolSystem.TechnicalSchool;
    private const SchoolSystem Vu = SchoolSystem.VocationalUndergraduate;

    public static readonly DemoProvince[] Provinces =
    [
        new("370000", "山东省",
        [
            new("370100", "济南市",
            [
                new("370102", "历下区", [(DemoSchoolName, P), ("济南市历下区实验幼儿园", K), ("济南市历下区甸柳第一中学", J), ("山东省实验中学", S), ("济南市历下区东方双语实验学校", C)]),
                new("370103", "市中区", [("济南市市中区舜耕小学", P), ("济南市市中区实验初级中学", J), ("济南市特殊教育中心", Sp), ("济南市市中区职业中等专业学校", Sv)]),
                new("370104", "槐荫区", [("济南市槐荫区实验幼儿园", K), ("济南市槐荫区礼乐小学", P), ("济南市槐荫区西城实验中学", J), ("济南职业学院", Hv), ("济南技师学院", Ts)]),
            ]),
            new("370200", "青岛市",
            [
                new("370202", "市南区", [("青岛市市南区实验小学", P), ("青岛市市南区第二实验初级中学", J), ("青岛市市南区海韵幼儿园", K), ("中国海洋大学", He)]),
                new("370203", "市北区", [("青岛市市北区第一实验小学", P), ("青岛市市北区实验高级中学", S), ("青岛市市北区辽源路九年一贯制学校", C), ("青岛市市北区启智学校", Sp)]),
                new("370211", "黄岛区", [("青岛市黄岛区实验小学", P), ("青岛市黄岛区第一中学", S), ("青岛市黄岛区职业教育中心学校", Sv), ("青岛职业技术学院", Hv)]),
            ]),
        ]),
        new("320000", "江苏省",
        [
            new("320100", "南京市",
            [
                new("320102", "玄武区", [("南京市玄武区实验幼儿园", K), ("南京市玄武区北京东路小学", P), ("南京市第十三中学", S), ("东南大学", He)]),
                new("320104", "秦淮区", [("南京市秦淮区夫子庙小学", P), ("南京市秦淮区第一中学", J), ("南京市秦淮中等专业学校", Sv), ("南京市秦淮区特殊教育学校", Sp)]),
                new("320106", "鼓楼区", [("南京市鼓楼区第一实验小学", P), ("南京市鼓楼区实验中学", J), ("南京市鼓楼区外国语实验学校", C), ("南京大学", He), ("南京工业职业技术大学", Vu)]),
            ]),
            new("320500", "苏州市",
            [
                new("320506", "吴中区", [("苏州市吴中区城西中心小学", P), ("苏州市吴中区木渎实验初级中学", J), ("苏州市吴中中等专业学校", Sv), ("苏州吴中职业技术学院", Hv)]),
                new("320508", "姑苏区", [("苏州市姑苏区平江实验小学", P), ("苏州市第一中学校", S), ("苏州市姑苏区实验幼儿园", K), ("苏州市姑苏区特殊教育学校", Sp)]),
                new("320583", "昆山市", [("昆山市第一中心小学", P), ("昆山市实验幼儿园", K), ("昆山市第一中学", S), ("昆山市柏庐实验学校", C), ("昆山杜克大学", He)]),
            ]),
        ]),
        new("510000", "四川省",
        [
            new("510100", "成都市",
            [
                new("510104", "锦江区", [("成都市锦江区实验幼儿园", K), ("成都市锦江区天涯石小学", P), ("成都市盐道街中学", S), ("成都市锦江区特殊教育学校", Sp)]),
                new("510105", "青羊区", [("成都市青羊区实验小学", P), ("成都市青羊区实验中学", J), ("成都石室中学", S), ("成都市青羊区职业高级中学", Sv)]),
                new("510107", "武侯区", [("成都市武侯区实验小学", P), ("成都市武侯区实验幼儿园", K), ("成都市武侯区西川实验学校", C), ("四川大学", He)]),
            ]),
            new("510700", "绵阳市",
            [
                new("510703", "涪城区", [("绵阳市涪城区实验小学", P), ("绵阳中学", S), ("绵阳市涪城区特殊教育学校", Sp), ("西南科技大学", He)]),
                new("510704", "游仙区", [("绵阳市游仙区实验幼儿园", K), ("绵阳市游仙区东林小学", P), ("绵阳市游仙区职业技术学校", Sv), ("绵阳职业技术学院", Hv)]),
                new("510781", "江油市", [("江油市实验小学", P), ("江油市第一中学", S), ("江油市职业中学", Sv), ("江油市厚坝九年制学校", C)]),
            ]),
        ]),
    ];
}
