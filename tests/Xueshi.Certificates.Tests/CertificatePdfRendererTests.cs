using System.Text;
using System.Text.RegularExpressions;
using Xueshi.Certificates.Documents;

namespace Xueshi.Certificates.Tests;

/// <summary>The downloaded certificate as its holder, a verifier and a script read it.</summary>
public sealed partial class CertificatePdfRendererTests
{
    // One renderer for every test, as the application keeps one for every download.
    private static readonly CertificatePdfRenderer Renderer = Samples.Renderer();

    [Theory]
    [InlineData("XS-SNW3-ZRK2-BEHK-6QZ5")]
    [InlineData("XS-WWWW-MMMM-WWWW-MMMM")]
    public void A_serial_of_the_widest_letters_stays_on_one_line(string serial)
    {
        var text = Poppler.Text(Renderer.Render(Samples.Certificate() with { Serial = serial, VerificationCode = "WMWMWM" }));

        Assert.Contains("证书编号：" + serial, text, StringComparison.Ordinal);
        Assert.Contains("WMWMWM", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("李秀英")]
    [InlineData("张子月")]
    [InlineData("欧阳日月")]
    public void The_text_of_the_certificate_reads_back_with_the_holder_the_hours_and_the_courses(string holderName)
    {
        var document = Samples.Certificate(holderName);

        var text = Poppler.Text(Renderer.Render(document));

        Assert.Contains("电子学习证书", text, StringComparison.Ordinal);
        Assert.Contains(holderName, text, StringComparison.Ordinal);
        Assert.Contains("37010219850312452X", text, StringComparison.Ordinal);
        Assert.Contains("济南市历下区甸柳第一小学", text, StringComparison.Ordinal);
        Assert.Contains("获得 7.5 学时", Unwrapped(text), StringComparison.Ordinal);
        Assert.Contains("6 学时", text, StringComparison.Ordinal);
        Assert.Contains("1.5 学时", text, StringComparison.Ordinal);
        Assert.Contains("0.25 学时", text, StringComparison.Ordinal);
        Assert.Contains("人工智能助推教师队伍建设的理念与实践", text, StringComparison.Ordinal);
        Assert.Contains("子曰：学而不厌，诲人不倦", text, StringComparison.Ordinal);
        Assert.Contains("山东省教师教育网", text, StringComparison.Ordinal);
        Assert.Contains("2024年3月1日", text, StringComparison.Ordinal);
        Assert.Contains("XS2024-7K3F-9QPM-D2RW", text, StringComparison.Ordinal);
        Assert.Contains("H7K2M9", text, StringComparison.Ordinal);
        Assert.Contains("扫码验证证书", text, StringComparison.Ordinal);
        Assert.Contains("离线验证数据", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Copied_text_has_the_characters_not_the_kangxi_radicals_that_share_their_glyphs()
    {
        var text = Poppler.Text(Renderer.Render(Samples.Certificate("张子月")));

        // ⼦ ⽇ ⽉ (U+2F26, U+2F47, U+2F49) and their kin look the same on the page but search and paste as garbage.
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
        Assert.Contains("子", text, StringComparison.Ordinal);
        Assert.Contains("日", text, StringComparison.Ordinal);
        Assert.Contains("月", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_certificate_downloads_to_the_same_bytes_every_time()
    {
        var document = Samples.Certificate();

        var first = Renderer.Render(document);
        // Past the next second: a PDF date has one-second resolution, so a stray clock would show only then.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var again = Renderer.Render(document);
        var fromAnotherRenderer = Samples.Renderer().Render(document);

        Assert.Equal(first, again);
        Assert.Equal(first, fromAnotherRenderer);
    }

    [Fact]
    public void A_certificate_that_differs_in_one_character_renders_differently()
    {
        var document = Samples.Certificate();

        var original = Renderer.Render(document);
        var otherId = Renderer.Render(document with { IdNumber = "370102198503124521" });

        Assert.NotEqual(original, otherId);
        Assert.Contains("370102198503124521", Poppler.Text(otherId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_downloads_at_once_each_get_their_own_certificate_intact()
    {
        var documents = new[] { Samples.Certificate("李秀英"), Samples.Certificate("张子月", Samples.LongProgram()) };
        var expected = documents.Select(Renderer.Render).ToArray();

        var renders = Enumerable.Range(0, 24)
            .Select(i => Task.Run(() => (Index: i % 2, Bytes: Renderer.Render(documents[i % 2]))))
            .ToArray();
        var results = await Task.WhenAll(renders);

        Assert.All(results, r => Assert.Equal(expected[r.Index], r.Bytes));
    }

    [Fact]
    public void The_signed_data_is_in_the_file_verbatim_for_offline_verification()
    {
        var document = Samples.Certificate();

        var pdf = Renderer.Render(document);

        Assert.True(document.SignedData.Length > 1500, "the sample should be as large as a real signed certificate");
        Assert.True(pdf.AsSpan().IndexOf(Encoding.ASCII.GetBytes(document.SignedData)) >= 0, "SignedData not found verbatim in the PDF");
        Assert.Matches($@"Keywords:\s+{Regex.Escape(document.SignedData)}\n", Poppler.Info(pdf));
    }

    [Fact]
    public void The_certificate_is_one_A4_page_titled_with_the_training()
    {
        var info = Poppler.Info(Renderer.Render(Samples.Certificate()));

        Assert.Matches(PageSize(), info);
        Assert.Matches(OnePage(), info);
        Assert.Matches(@"Title:\s+2024年度山东省中小学教师全员远程研修\n", info);
        Assert.DoesNotContain("CreationDate", info, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_courses_with_long_titles_all_fit_on_the_one_page()
    {
        var pdf = Renderer.Render(Samples.Certificate(programs: Samples.LongProgram(10)));

        var info = Poppler.Info(pdf);
        Assert.Matches(PageSize(), info);
        Assert.Matches(OnePage(), info);
        var text = Poppler.Text(pdf);
        foreach (var number in new[] { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" })
        {
            Assert.Contains($"第{number}讲 基于核心素养", text, StringComparison.Ordinal);
        }

        Assert.Equal(10, Regex.Matches(text, "1\\.5 学时").Count);
        Assert.Contains("获得 15 学时", Unwrapped(text), StringComparison.Ordinal);
        Assert.Contains("XS2024-7K3F-9QPM-D2RW", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Far_more_courses_than_a_page_holds_stay_on_one_page_and_say_how_many_are_not_listed()
    {
        var pdf = Renderer.Render(Samples.Certificate(programs: Samples.LongProgram(40)));

        Assert.Matches(OnePage(), Poppler.Info(pdf));
        var text = Unwrapped(Poppler.Text(pdf));
        var note = Regex.Match(text, "另有 (\\d+) 门课程未列出");
        Assert.True(note.Success, "no note of the courses left out");
        var listed = Regex.Matches(text, "第\\S+讲 基于核心素养").Count;
        Assert.Equal(40, listed + int.Parse(note.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("XS2024-7K3F-9QPM-D2RW", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6.00", "6")]
    [InlineData("1.50", "1.5")]
    [InlineData("0.25", "0.25")]
    [InlineData("40", "40")]
    public void Hours_print_without_trailing_zeros(string hours, string printed) =>
        Assert.Equal(printed, CertificatePdfRenderer.Hours(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_missing_font_says_which_file_and_which_package_to_install()
    {
        var renderer = Samples.Renderer(new CertificatePdfOptions { SansFontPath = "/nonexistent/NotoSansCJK-Regular.ttc" });

        var error = Assert.Throws<InvalidOperationException>(() => renderer.Render(Samples.Certificate()));

        Assert.Contains("/nonexistent/NotoSansCJK-Regular.ttc", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", error.Message, StringComparison.Ordinal);
        Assert.Contains("Xueshi:Certificates:Pdf:SansFontPath", error.Message, StringComparison.Ordinal);
    }

    // pdftotext -layout keeps the page's line breaks: a sentence wrapped on the page is one line here.
    private static string Unwrapped(string text) => WhitespaceRun().Replace(text, " ");

    [GeneratedRegex(@"Page size:\s+595 x 842 pts \(A4\)")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"Pages:\s+1\n")]
    private static partial Regex OnePage();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
