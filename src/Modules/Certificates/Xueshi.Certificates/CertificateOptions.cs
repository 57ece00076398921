namespace Xueshi.Certificates;

/// <summary>The module's settings (Xueshi:Certificates).</summary>
internal sealed class CertificateOptions
{
    public const string Section = "Xueshi:Certificates";

    /// <summary>发证单位, printed on every certificate and fixed in it at claim.</summary>
    public string Issuer { get; set; } = "学时教师研修平台";

    /// <summary>
    /// The public address of the site (https://xueshi.example.cn), which a certificate's QR code points at: its
    /// verification page is {PublicBaseUrl}/verify?serial=…&amp;code=…. It is printed into every PDF, so it must not change
    /// once certificates are out. Required outside Development; Development uses the run command's address.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>PDFs rendered at once; the others wait, so a rush of downloads never takes every core from other requests.</summary>
    public int MaxConcurrentRenders { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Rendered PDFs kept in memory (a certificate always renders to the same bytes), in megabytes; 0 keeps none.</summary>
    public int PdfCacheMegabytes { get; set; } = 64;

    public const string DevelopmentBaseUrl = "http://127.0.0.1:5080";
}
