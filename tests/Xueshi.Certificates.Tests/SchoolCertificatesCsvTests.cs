using Xueshi.Certificates.Features.SchoolCertificates;

namespace Xueshi.Certificates.Tests;

/// <summary>The export's cells as a spreadsheet reads them.</summary>
public sealed class SchoolCertificatesCsvTests
{
    [Fact]
    public void Cells_with_commas_quotes_or_line_breaks_are_quoted_and_formulas_are_opened_as_text()
    {
        var line = SchoolCertificatesCsv.Line(["李秀英", "专题,一", "“双引号”与\"引号\"", "第一行\n第二行", "=HYPERLINK(\"http://x\")", "-1", "6"]);

        Assert.Equal("李秀英,\"专题,一\",\"“双引号”与\"\"引号\"\"\",\"第一行\n第二行\",\"'=HYPERLINK(\"\"http://x\"\")\",'-1,6\r\n", line);
    }
}
