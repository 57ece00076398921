using System.Globalization;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Xueshi.Certificates.Documents;

/// <summary>
/// Renders a certificate (电子学习证书) as a one-page A4 PDF. The same document always gives the same bytes: no
/// dates in the metadata, no PDF/A (Skia derives its XMP document ID from the clock), vector QR codes, and a
/// layout that depends on the document alone.
/// </summary>
/// <remarks>
/// Thread-safe, meant to be a singleton: the typefaces are shared (immutable), everything else (the Skia
/// document, canvas, fonts, paints) belongs to one call.
/// </remarks>
internal sealed class CertificatePdfRenderer(IOptions<CertificatePdfOptions> options)
{
    public const string Creator = "Xueshi 学时";
    public const string Producer = "Xueshi certificate renderer";

    private readonly CertificatePdfOptions settings = options.Value;
    private readonly Lock fontsGate = new();
    private CertificateFonts? fonts;

    public byte[] Render(CertificateDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var faces = Fonts();

        // Skia writes an ASCII-only string such as Keywords as a literal (…), so the signed data appears verbatim in
        // the file's bytes for a script to find (Chinese strings such as the title go out as UTF-16 hex). Creation
        // and Modified stay unset: Skia then writes no date at all.
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = document.Title;
        metadata.Author = document.Issuer;
        metadata.Subject = $"电子学习证书 {document.Serial}";
        metadata.Keywords = document.SignedData;
        metadata.Creator = Creator;
        metadata.Producer = Producer;
        metadata.Creation = null;
        metadata.Modified = null;
        metadata.PdfA = false;

        using var stream = new MemoryStream(128 * 1024);
        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = pdf.BeginPage(CertificatePage.Width, CertificatePage.Height);
            using (var page = new CertificatePage(canvas, faces))
            {
                page.Draw(document);
            }

            pdf.EndPage();
            pdf.Close();
        }

        return stream.ToArray();
    }

    // Not Lazy<T>: it would keep a missing font's exception for the life of the process, while here the next
    // download after `apt-get install fonts-noto-cjk` succeeds without a restart.
    private CertificateFonts Fonts()
    {
        if (Volatile.Read(ref fonts) is { } loaded)
        {
            return loaded;
        }

        lock (fontsGate)
        {
            return fonts ??= CertificateFonts.Load(settings);
        }
    }

    internal static string Hours(decimal hours) => hours.ToString("0.####", CultureInfo.InvariantCulture);

    internal static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
