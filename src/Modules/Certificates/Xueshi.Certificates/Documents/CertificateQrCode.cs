using QRCoder;
using SkiaSharp;

namespace Xueshi.Certificates.Documents;

/// <summary>
/// A QR code drawn as vector rectangles: a bitmap would be re-encoded (larger, and its compression is the
/// encoder's choice), while rectangles keep the PDF small, sharp at any print size and byte-identical across renders.
/// </summary>
internal static class CertificateQrCode
{
    /// <summary>
    /// Draws <paramref name="payload"/> as a QR code filling the square at (<paramref name="left"/>,
    /// <paramref name="top"/>), its 4-module quiet zone included: the caller leaves that margin white.
    /// </summary>
    /// <returns>The side of one module, in points, so a caller can tell whether a phone will still read it.</returns>
    public static float Draw(SKCanvas canvas, string payload, QRCodeGenerator.ECCLevel level, float left, float top, float size, SKPaint paint)
    {
        // GenerateQrCode is static and keeps no state between calls, so renders may run it at once.
        using var data = QRCodeGenerator.GenerateQrCode(payload, level);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;

        // One path of horizontal runs: fewer operators than one square per module, and no hairline seams
        // between neighbouring squares in viewers that anti-alias each fill on its own.
        canvas.Save();
        canvas.Translate(left, top);
        canvas.Scale(module);
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                var runStart = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                canvas.DrawRect(runStart, row, column - runStart, 1, paint);
            }
        }

        canvas.Restore();
        return module;
    }
}
