using QRCoder;
using SkiaSharp;

namespace Xueshi.Certificates.Documents;

/// <summary>One certificate's page: its fonts and paints, and where everything goes on A4 portrait.</summary>
internal sealed class CertificatePage : IDisposable
{
    public const float Width = 595;
    public const float Height = 842;

    private const float Left = 72;
    private const float Right = Width - 72;
    private const float Centre = Width / 2;

    // The bottom band: issuer, date, serial and code on the left, the two QR codes on the right.
    private const float BandTop = 606;
    private const float OfflineQrSize = 150;
    private const float LinkQrSize = 84;
    private const float QrTop = BandTop + 10;
    private const float QrLabelBaseline = QrTop + OfflineQrSize + 14;
    private const float QrGap = 12;

    // Largest first; the course list takes the first that fits between the statement and the bottom band.
    private static readonly (float Program, float Course)[] ListSizes =
    [
        (12.5f, 11f), (12f, 10.5f), (11.5f, 10f), (11f, 9.5f), (10.5f, 9f), (10f, 8.5f), (9.5f, 8f), (9f, 7.5f), (8.5f, 7f),
    ];

    private static readonly SKColor Red = new(0x9E, 0x1B, 0x1B);
    private static readonly SKColor Gold = new(0xB0, 0x8D, 0x57);
    private static readonly SKColor Ink = new(0x1F, 0x1F, 0x1F);
    private static readonly SKColor Grey = new(0x5A, 0x5A, 0x5A);

    private readonly SKCanvas canvas;
    private readonly CertificateFonts faces;
    private readonly SKPaint ink;
    private readonly SKPaint grey;
    private readonly SKPaint red;

    public CertificatePage(SKCanvas canvas, CertificateFonts faces)
    {
        this.canvas = canvas;
        this.faces = faces;
        ink = Fill(Ink);
        grey = Fill(Grey);
        red = Fill(Red);
    }

    public void Draw(CertificateDocument document)
    {
        DrawFrame();

        using var heading = Font(faces.SerifBold, 30);
        CertificateText.DrawCentred(canvas, "电子学习证书", heading, red, Centre, 104, letterSpacing: 6);
        using var rule = Stroke(Gold, 0.8f);
        canvas.DrawLine(Centre - 70, 122, Centre + 70, 122, rule);

        var y = DrawHolder(document, 166);
        y = DrawStatement(document, y + 14);
        DrawCourseList(document.Programs, y + 10, BandTop - 14);
        DrawBand(document);
    }

    public void Dispose()
    {
        ink.Dispose();
        grey.Dispose();
        red.Dispose();
    }

    private void DrawFrame()
    {
        using var outer = Stroke(Red, 2.4f);
        canvas.DrawRect(SKRect.Create(22, 22, Width - 44, Height - 44), outer);
        using var inner = Stroke(Gold, 0.8f);
        canvas.DrawRect(SKRect.Create(28, 28, Width - 56, Height - 56), inner);

        // Small squares in the inner corners: the frame reads as a certificate's, not a table's.
        using var gold = Fill(Gold);
        foreach (var (x, y) in new[] { (28f, 28f), (Width - 28, 28f), (28f, Height - 28), (Width - 28, Height - 28) })
        {
            canvas.DrawRect(SKRect.Create(x - 3, y - 3, 6, 6), gold);
        }
    }

    /// <summary>姓名, 证件号码, 所在学校, labels aligned on four characters as on printed certificates.</summary>
    private float DrawHolder(CertificateDocument document, float baseline)
    {
        const float Size = 13.5f;
        const float Leading = 25;
        using var label = Font(faces.Sans, Size);
        using var name = Font(faces.SerifBold, 16);
        var valueLeft = Left + (Size * 5) + 4;

        baseline = DrawLabelled("姓名", document.HolderName, name, baseline);
        baseline = DrawLabelled("证件号码", document.IdNumber, label, baseline);
        return DrawLabelled("所在学校", document.SchoolName, label, baseline) - Leading;

        float DrawLabelled(string caption, string text, SKFont font, float at)
        {
            // Two characters are spread to the width of four: 姓　　名.
            var spacing = caption.Length == 2 ? Size * 2 : 0;
            var width = CertificateText.Draw(canvas, caption, label, grey, Left, at, spacing);
            CertificateText.Draw(canvas, "：", label, grey, Left + width, at);
            foreach (var line in CertificateText.Wrap(text, font, Right - valueLeft))
            {
                CertificateText.Draw(canvas, line, font, ink, valueLeft, at);
                at += Leading;
            }

            return at;
        }
    }

    /// <summary>The sentence that certifies, indented two characters as a paragraph; returns the last baseline.</summary>
    private float DrawStatement(CertificateDocument document, float top)
    {
        const float Size = 14;
        const float Leading = 25;
        using var font = Font(faces.Sans, Size);
        var text = $"参加{document.Title}，完成学习，经认定获得 {CertificatePdfRenderer.Hours(document.TotalHours)} 学时。";
        var baseline = top + Leading;
        var lines = CertificateText.Wrap(text, font, Right - Left, firstIndent: Size * 2);
        for (var i = 0; i < lines.Count; i++)
        {
            CertificateText.Draw(canvas, lines[i], font, ink, i == 0 ? Left + (Size * 2) : Left, baseline);
            baseline += i == lines.Count - 1 ? 0 : Leading;
        }

        return baseline;
    }

    /// <summary>
    /// The programs with their hours and, under each, its courses with theirs. The list takes the largest size
    /// at which it fits above the bottom band; if even the smallest does not fit, the last courses give way to a
    /// line that says how many are not shown (the verification page and the signed data list them all).
    /// </summary>
    private void DrawCourseList(IReadOnlyList<CertificateProgramLine> programs, float top, float bottom)
    {
        using var captionFont = Font(faces.Sans, 9.5f);
        using var rule = Stroke(Gold, 0.6f);
        var captionBaseline = top + 16;
        CertificateText.Draw(canvas, "培训项目与课程", captionFont, grey, Left, captionBaseline);
        CertificateText.DrawRight(canvas, "学时", captionFont, grey, Right, captionBaseline);
        canvas.DrawLine(Left, captionBaseline + 5, Right, captionBaseline + 5, rule);
        var listTop = captionBaseline + 8;

        foreach (var (programSize, courseSize) in ListSizes)
        {
            using var programFont = Font(faces.Sans, programSize);
            using var courseFont = Font(faces.Sans, courseSize);
            var items = Plan(programs, programFont, courseFont);
            var height = items.Sum(i => i.Height);
            var last = programSize == ListSizes[^1].Program;
            if (height <= bottom - listTop || last)
            {
                DrawItems(items, listTop, bottom, courseFont);
                return;
            }
        }
    }

    private List<ListItem> Plan(IReadOnlyList<CertificateProgramLine> programs, SKFont programFont, SKFont courseFont)
    {
        const float HoursColumn = 64;
        var courseIndent = courseFont.Size * 2;
        var items = new List<ListItem>();
        foreach (var program in programs)
        {
            var leading = programFont.Size * 1.55f;
            var gap = items.Count == 0 ? 0 : programFont.Size * 0.6f;
            var lines = CertificateText.Wrap(program.Title, programFont, Right - Left - HoursColumn);
            items.Add(new ListItem(programFont, ink, Left, lines, program.Hours, leading, gap, IsCourse: false));
            foreach (var course in program.Courses)
            {
                var courseLines = CertificateText.Wrap(course.Title, courseFont, Right - Left - courseIndent - HoursColumn);
                items.Add(new ListItem(courseFont, ink, Left + courseIndent, courseLines, course.Hours, courseFont.Size * 1.5f, 0, IsCourse: true));
            }
        }

        return items;
    }

    private void DrawItems(List<ListItem> items, float top, float bottom, SKFont courseFont)
    {
        using var leader = Stroke(Gold, 0.6f);
        using var dots = SKPathEffect.CreateDash([0.6f, 2.4f], 0);
        leader.PathEffect = dots;
        leader.StrokeCap = SKStrokeCap.Butt;

        var noteHeight = courseFont.Size * 1.5f;
        var y = top;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var remainingAfter = items.Skip(i + 1).Sum(n => n.Height);
            var needsNote = y + item.Height + remainingAfter > bottom;
            if (needsNote && y + item.Height + noteHeight > bottom)
            {
                var hidden = items.Skip(i).Count(n => n.IsCourse);
                var note = $"……另有 {hidden} 门课程未列出，完整清单见证书验证页面。";
                CertificateText.Draw(canvas, note, courseFont, grey, Left + (courseFont.Size * 2), y + noteHeight);
                return;
            }

            y += item.Gap;
            for (var line = 0; line < item.Lines.Count; line++)
            {
                y += item.Leading;
                var baseline = y - (item.Leading * 0.3f);
                var textWidth = CertificateText.Draw(canvas, item.Lines[line], item.Font, item.Paint, item.Left, baseline);
                if (line == item.Lines.Count - 1)
                {
                    var hours = $"{CertificatePdfRenderer.Hours(item.Hours)} 学时";
                    var hoursLeft = Right - CertificateText.Measure(hours, item.Font);
                    CertificateText.Draw(canvas, hours, item.Font, item.Paint, hoursLeft, baseline);
                    var from = item.Left + textWidth + 6;
                    var to = hoursLeft - 6;
                    if (to > from)
                    {
                        canvas.DrawLine(from, baseline - 2, to, baseline - 2, leader);
                    }
                }
            }
        }
    }

    /// <summary>发证单位, 发证日期, 证书编号, 验证码 on the left; the two QR codes, labelled, on the right.</summary>
    private void DrawBand(CertificateDocument document)
    {
        using var rule = Stroke(Gold, 0.6f);
        canvas.DrawLine(Left, BandTop, Right, BandTop, rule);

        var offlineLeft = Right - OfflineQrSize;
        var linkLeft = offlineLeft - QrGap - LinkQrSize;
        using var black = Fill(SKColors.Black);
        CertificateQrCode.Draw(canvas, document.VerificationUrl, QRCodeGenerator.ECCLevel.M, linkLeft, QrTop + OfflineQrSize - LinkQrSize, LinkQrSize, black);
        // L: 2 KB of signed data fits version 33 (M would need 38, with modules 11% smaller, and stops at 2,331
        // bytes where L holds 2,953). The metadata carries the same data, so this code needs little error correction.
        CertificateQrCode.Draw(canvas, document.SignedData, QRCodeGenerator.ECCLevel.L, offlineLeft, QrTop, OfflineQrSize, black);

        using var labelFont = Font(faces.Sans, 8.5f);
        CertificateText.DrawCentred(canvas, "扫码验证证书", labelFont, grey, linkLeft + (LinkQrSize / 2), QrLabelBaseline);
        CertificateText.DrawCentred(canvas, "离线验证数据", labelFont, grey, offlineLeft + (OfflineQrSize / 2), QrLabelBaseline);

        const float Size = 11;
        const float Leading = 21;
        using var font = Font(faces.Sans, Size);
        var columnRight = linkLeft - 10;
        var valueLeft = Left + (Size * 5);
        var baseline = BandTop + 34;
        foreach (var (caption, text, oneLine) in new[]
        {
            ("发证单位", document.Issuer, false),
            ("发证日期", CertificatePdfRenderer.Date(document.IssuedOn), false),
            ("证书编号", document.Serial, true),
            ("验证码", document.VerificationCode, true),
        })
        {
            CertificateText.Draw(canvas, $"{caption}：", font, grey, Left, baseline);
            if (oneLine)
            {
                // A serial or a code broken over two lines is misread or mistyped: it is set smaller instead.
                var width = CertificateText.Measure(text, font);
                var available = columnRight - valueLeft;
                using var fitted = Font(faces.Sans, width <= available ? Size : Math.Max(6, Size * available / width));
                CertificateText.Draw(canvas, text, fitted, ink, valueLeft, baseline);
                baseline += Leading;
                continue;
            }

            foreach (var line in CertificateText.Wrap(text, font, columnRight - valueLeft))
            {
                CertificateText.Draw(canvas, line, font, ink, valueLeft, baseline);
                baseline += Leading;
            }
        }
    }

    private static SKFont Font(SKTypeface typeface, float size) => new(typeface, size)
    {
        // Unhinted outlines with subpixel positions: the advances are the font's own, as print expects.
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
        Edging = SKFontEdging.Antialias,
    };

    private static SKPaint Fill(SKColor color) => new() { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };

    private static SKPaint Stroke(SKColor color, float width) =>
        new() { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };

    /// <summary>A program or course as laid out: its lines, their leading, and the space above it.</summary>
    private sealed record ListItem(SKFont Font, SKPaint Paint, float Left, IReadOnlyList<string> Lines, decimal Hours, float Leading, float Gap, bool IsCourse)
    {
        public float Height => Gap + (Leading * Lines.Count);
    }
}
