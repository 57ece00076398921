using System.Globalization;
using System.Text;

namespace Xueshi.Enrollment.Media.Demo;

/// <summary>
/// A one-page PDF for the demo text resource, written by hand: no PDF library for a page of text.
/// Chinese lines use the standard Adobe-GB1 font STSong-Light (UCS-2 encoded), which PDF readers,
/// Chromium's among them, supply themselves, so nothing is embedded.
/// </summary>
internal static class DemoPdf
{
    private static readonly string[] ChineseLines =
    [
        "演示文档：教师研修学习指南",
        "一、登录平台后，在“我的培训”中查看已报名的专题。",
        "二、按章节顺序学习视频，视频结束时完成随堂测验。",
        "三、文本资源阅读满规定时间后计入学时。",
        "四、拓展资源仅供学习参考，不计入学时。",
    ];

    public static byte[] Build()
    {
        var content = new StringBuilder();
        var y = 770;
        foreach (var (line, index) in ChineseLines.Select((l, i) => (l, i)))
        {
            var size = index == 0 ? 22 : 14;
            content.Append(CultureInfo.InvariantCulture, $"BT /F2 {size} Tf 60 {y} Td <{Ucs2Hex(line)}> Tj ET\n");
            y -= index == 0 ? 48 : 28;
        }

        content.Append(CultureInfo.InvariantCulture, $"BT /F1 11 Tf 60 {y - 12} Td (Xueshi demo document - generated for the demo program.) Tj ET\n");

        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [7 0 R] >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(content.ToString())} >>\nstream\n{content}endstream",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 8 0 R >>",
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length); // the text is ASCII only, so characters are bytes
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Ucs2Hex(string text) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));
}
