namespace Xueshi.Certificates.Documents;

/// <summary>
/// Where the certificate's fonts are, under "Xueshi:Certificates:Pdf" (environment variables
/// Xueshi__Certificates__Pdf__SansFontPath, …). The defaults are the files of Debian's fonts-noto-cjk.
/// </summary>
internal sealed class CertificatePdfOptions
{
    public const string Section = "Xueshi:Certificates:Pdf";

    /// <summary>The Debian package that installs the default fonts, named in the error when one is missing.</summary>
    public const string FontPackage = "fonts-noto-cjk";

    /// <summary>
    /// Everything but the heading and the name. One face for all the body text on purpose: Skia writes Noto CJK
    /// (CFF outlines) as Type 3 fonts, one per block of 256 glyph ids, so every extra face repeats the page's
    /// characters in dozens more font objects (a third face, NotoSerifCJK-Regular for the body, made the file 25% larger).
    /// </summary>
    public string SansFontPath { get; set; } = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// <summary>The heading (电子学习证书) and the holder's name: a handful of glyphs.</summary>
    public string SerifBoldFontPath { get; set; } = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc";

    /// <summary>
    /// The face inside each collection (.ttc): 2 is Simplified Chinese in Noto CJK (0 is Japanese, 1 Korean),
    /// whose glyph shapes are the ones a mainland reader expects for shared code points such as 骨 or 直.
    /// </summary>
    public int FaceIndex { get; set; } = 2;
}
