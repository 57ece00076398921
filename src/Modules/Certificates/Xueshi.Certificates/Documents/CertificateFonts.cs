using SkiaSharp;

namespace Xueshi.Certificates.Documents;

/// <summary>
/// The two typefaces of a certificate, loaded by path and face index: look-up by family name depends on the
/// machine's fontconfig and silently falls back to a face without Chinese glyphs.
/// </summary>
/// <remarks>
/// An SKTypeface is immutable and reference-counted atomically, so one set serves every render at once. It lives
/// as long as the process (the renderer is a singleton), so it is never disposed.
/// </remarks>
internal sealed class CertificateFonts
{
    private CertificateFonts(SKTypeface sans, SKTypeface serifBold)
    {
        Sans = sans;
        SerifBold = serifBold;
    }

    /// <summary>Everything but the heading and the holder's name.</summary>
    public SKTypeface Sans { get; }

    /// <summary>The heading and the holder's name.</summary>
    public SKTypeface SerifBold { get; }

    public static CertificateFonts Load(CertificatePdfOptions options) => new(
        LoadFace(options.SansFontPath, options.FaceIndex, nameof(options.SansFontPath)),
        LoadFace(options.SerifBoldFontPath, options.FaceIndex, nameof(options.SerifBoldFontPath)));

    private static SKTypeface LoadFace(string path, int faceIndex, string setting)
    {
        var where = $"{CertificatePdfOptions.Section}:{setting}";
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The certificate font '{path}' ({where}) does not exist: install the Debian package " +
                $"{CertificatePdfOptions.FontPackage} (apt-get install {CertificatePdfOptions.FontPackage}) or set {where} to a CJK font file.");
        }

        // FromFile answers null, not an exception, for a file that is not a font or has no such face.
        return SKTypeface.FromFile(path, faceIndex)
            ?? throw new InvalidOperationException(
                $"The certificate font '{path}' ({where}) has no face {faceIndex}: expected a Noto CJK collection " +
                $"from the Debian package {CertificatePdfOptions.FontPackage} (face 2 is Simplified Chinese).");
    }
}
