using System.Text;
using SkiaSharp;

namespace Xueshi.Certificates.Documents;

/// <summary>
/// Draws, measures and wraps the certificate's strings. Every string becomes one text blob run that carries its
/// UTF-8 text and a cluster per glyph: with plain DrawText, Skia's PDF backend maps each glyph back to the first
/// code point the font's cmap gives it, and Noto CJK maps 子, 日, 月 and their Kangxi radicals (⼦ ⽇ ⽉) to the
/// same glyphs, so pdftotext, search and copy-paste read a radical. With the text attached, Skia writes what was
/// meant (ActualText) for such glyphs.
/// </summary>
/// <remarks>
/// One glyph per code point, placed by its advance: Chinese needs no shaping, and this keeps the module free of
/// HarfBuzz. Text is broken into lines by this class, never by Skia.
/// </remarks>
internal static class CertificateText
{
    // Punctuation that must not begin a line (禁则): it hangs at the end of the previous one instead.
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’…·%,.;:?!)]}";

    /// <summary>Draws <paramref name="text"/> with its left end at <paramref name="x"/>; returns the width drawn.</summary>
    public static float Draw(SKCanvas canvas, string text, SKFont font, SKPaint paint, float x, float baseline, float letterSpacing = 0)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var glyphs = Glyphs(text, font, out var clusters);
        var advances = font.GetGlyphWidths(glyphs, paint: null);
        var utf8 = Encoding.UTF8.GetBytes(text);

        var positions = new SKPoint[glyphs.Length];
        var pen = x;
        for (var i = 0; i < glyphs.Length; i++)
        {
            positions[i] = new SKPoint(pen, baseline);
            pen += advances[i] + letterSpacing;
        }

        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(font, glyphs.Length, utf8.Length, bounds: null);
        run.SetGlyphs(glyphs);
        run.SetPositions(positions);
        run.SetText(utf8);
        run.SetClusters(clusters);
        using var blob = builder.Build();
        canvas.DrawText(blob, 0, 0, paint);
        return pen - letterSpacing - x;
    }

    /// <summary>Draws <paramref name="text"/> with its right end at <paramref name="right"/>.</summary>
    public static void DrawRight(SKCanvas canvas, string text, SKFont font, SKPaint paint, float right, float baseline) =>
        Draw(canvas, text, font, paint, right - Measure(text, font), baseline);

    /// <summary>Draws <paramref name="text"/> centred on <paramref name="centre"/>.</summary>
    public static void DrawCentred(SKCanvas canvas, string text, SKFont font, SKPaint paint, float centre, float baseline, float letterSpacing = 0)
    {
        var width = Measure(text, font) + (letterSpacing * Math.Max(0, text.EnumerateRunes().Count() - 1));
        Draw(canvas, text, font, paint, centre - (width / 2), baseline, letterSpacing);
    }

    public static float Measure(string text, SKFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var widths = font.GetGlyphWidths(Glyphs(text, font, out _), paint: null);
        var total = 0f;
        foreach (var width in widths)
        {
            total += width;
        }

        return total;
    }

    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>: between any two Chinese
    /// characters, but inside a Latin word or number only when the word alone is wider than a line; closing
    /// punctuation hangs rather than begin a line. The first line is <paramref name="firstIndent"/> narrower.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width, float firstIndent = 0)
    {
        var runes = text.EnumerateRunes().ToArray();
        if (runes.Length == 0)
        {
            return [""];
        }

        var glyphs = new ushort[runes.Length];
        for (var i = 0; i < runes.Length; i++)
        {
            glyphs[i] = font.GetGlyph(runes[i].Value);
        }

        var advances = font.GetGlyphWidths(glyphs, paint: null);
        var lines = new List<string>();
        var start = 0;
        while (start < runes.Length)
        {
            while (start < runes.Length && Rune.IsWhiteSpace(runes[start]))
            {
                start++;
            }

            if (start == runes.Length)
            {
                break;
            }

            var used = 0f;
            var end = start;
            var lastBreak = -1;
            while (end < runes.Length)
            {
                if (end > start && CanBreakBefore(runes[end - 1], runes[end]))
                {
                    lastBreak = end;
                }

                var fits = used + advances[end] <= (lines.Count == 0 ? width - firstIndent : width);
                if (!fits && end > start && !IsNoLineStart(runes[end]))
                {
                    if (lastBreak > start)
                    {
                        end = lastBreak;
                    }

                    break;
                }

                used += advances[end];
                end++;
            }

            lines.Add(Concat(runes, start, end).TrimEnd());
            start = end;
        }

        return lines.Count == 0 ? [""] : lines;
    }

    private static ushort[] Glyphs(string text, SKFont font, out uint[] clusters)
    {
        var glyphs = new List<ushort>(text.Length);
        var offsets = new List<uint>(text.Length);
        var offset = 0u;
        foreach (var rune in text.EnumerateRunes())
        {
            glyphs.Add(font.GetGlyph(rune.Value));
            offsets.Add(offset);
            offset += (uint)rune.Utf8SequenceLength;
        }

        clusters = [.. offsets];
        return [.. glyphs];
    }

    private static bool CanBreakBefore(Rune previous, Rune next)
    {
        if (IsNoLineStart(next))
        {
            return false;
        }

        return Rune.IsWhiteSpace(previous) || IsWide(previous) || IsWide(next);
    }

    private static bool IsNoLineStart(Rune rune) => rune.IsBmp && NoLineStart.Contains((char)rune.Value, StringComparison.Ordinal);

    // CJK ideographs, kana, Hangul and full-width forms: lines may break on either side of each.
    private static bool IsWide(Rune rune) => rune.Value is
        >= 0x2E80 and <= 0x9FFF
        or >= 0xAC00 and <= 0xD7AF
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFF00 and <= 0xFFEF
        or >= 0x20000 and <= 0x3FFFF;

    private static string Concat(Rune[] runes, int start, int end)
    {
        var builder = new StringBuilder((end - start) * 2);
        for (var i = start; i < end; i++)
        {
            builder.Append(runes[i].ToString());
        }

        return builder.ToString();
    }
}
