using System.Text;
using Microsoft.Extensions.Options;
using Xueshi.Certificates.Documents;

namespace Xueshi.Certificates.Tests;

/// <summary>Certificates as the claim would snapshot them, and a renderer on the Debian fonts.</summary>
internal static class Samples
{
    public static CertificatePdfRenderer Renderer(CertificatePdfOptions? options = null) =>
        new(Options.Create(options ?? new CertificatePdfOptions()));

    public static CertificateDocument Certificate(string holderName = "李秀英", IReadOnlyList<CertificateProgramLine>? programs = null)
    {
        programs ??=
        [
            new CertificateProgramLine("2024年中小学教师信息技术应用能力提升工程2.0专题培训", 6m,
            [
                new CertificateCourseLine("人工智能助推教师队伍建设的理念与实践", 2m),
                new CertificateCourseLine("信息化教学设计：从课标到课堂", 2.5m),
                new CertificateCourseLine("日常教学中的数据素养", 1.5m),
            ]),
            new CertificateProgramLine("师德师风专题教育", 1.5m,
            [
                new CertificateCourseLine("新时代中小学教师职业行为十项准则解读", 1m),
                new CertificateCourseLine("月度师德案例研讨", 0.25m),
                new CertificateCourseLine("子曰：学而不厌，诲人不倦", 0.25m),
            ]),
        ];

        return new CertificateDocument(
            Serial: "XS2024-7K3F-9QPM-D2RW",
            VerificationCode: "H7K2M9",
            Title: "2024年度山东省中小学教师全员远程研修",
            HolderName: holderName,
            IdNumber: "37010219850312452X",
            SchoolName: "济南市历下区甸柳第一小学",
            Programs: programs,
            TotalHours: programs.Sum(p => p.Hours),
            IssuedOn: new DateOnly(2024, 3, 1),
            Issuer: "山东省教师教育网",
            VerificationUrl: "https://xueshi.example.cn/verify/XS2024-7K3F-9QPM-D2RW?code=H7K2M9",
            SignedData: SignedData());
    }

    /// <summary>Ten courses whose titles are each longer than a line.</summary>
    public static IReadOnlyList<CertificateProgramLine> LongProgram(int courses = 10)
    {
        string[] numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        var lines = Enumerable.Range(0, courses)
            .Select(i => new CertificateCourseLine(
                $"第{(i < numbers.Length ? numbers[i] : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}讲 " +
                "基于核心素养的大单元整体教学设计与实施：以义务教育阶段语文、数学、英语学科的典型课例为中心的深度研讨与实践反思", 1.5m))
            .ToList();
        return [new CertificateProgramLine("2024年山东省中小学教师全员远程研修暨新课标新教材专题培训（小学段）", lines.Sum(c => c.Hours), lines)];
    }

    /// <summary>A compact JWS (ES256) of about 2 KB, ASCII only, as the claim signs it.</summary>
    public static string SignedData()
    {
        var header = """{"alg":"ES256","typ":"JWT","kid":"xueshi-2024-01"}""";
        var courses = string.Join(",", Enumerable.Range(1, 20).Select(i => $$"""{"t":"课程{{i}}：信息化教学设计与课堂实践","h":1.5}"""));
        var payload = $$"""{"sn":"XS2024-7K3F-9QPM-D2RW","name":"李秀英","id":"37010219850312452X","hours":7.5,"issued":"2024-03-01","programs":[{"t":"2024年中小学教师信息技术应用能力提升工程2.0专题培训","h":6,"c":[{{courses}}]}]}""";
        var signature = new byte[64];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = (byte)((i * 37) + 11);
        }

        return $"{Base64Url(Encoding.UTF8.GetBytes(header))}.{Base64Url(Encoding.UTF8.GetBytes(payload))}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
