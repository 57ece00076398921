using System.Globalization;
using System.Text;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.SchoolCertificates;

/// <summary>
/// The export as Excel opens it: UTF-8 with a byte-order mark (without it Excel reads the Chinese as GBK), CRLF lines,
/// RFC 4180 quoting, one row per certificate and program so every program's hours have their own cell.
/// </summary>
internal static class SchoolCertificatesCsv
{
    public static readonly string[] Header = ["姓名", "证件号码", "证书名称", "专题", "专题学时", "证书总学时", "证书编号", "发证日期", "状态"];

    public static byte[] Bom => Encoding.UTF8.GetPreamble();

    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Cell)) + "\r\n";

    public static IEnumerable<string> Rows(IssuedCertificate c)
    {
        foreach (var program in c.Programs)
        {
            yield return Line([
                c.HolderName, c.IdNumberForSchool, c.Title, program.Title, Hours(program.Hours), Hours(c.TotalHours), c.Serial,
                c.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Status == CertificateStatus.Valid ? "有效" : "已作废",
            ]);
        }
    }

    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    // Quoted when it must be; and a cell a spreadsheet would run as a formula (=, +, -, @) is opened as text.
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
