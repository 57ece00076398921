namespace Xueshi.Certificates;

/// <summary>The module's settings (Xueshi:Certificates).</summary>
internal sealed class CertificateOptions
{
    public const string Section = "Xueshi:Certificates";

    /// <summary>发证单位, printed on every certificate and fixed in it at claim.</summary>
    public string Issuer { get; set; } = "学时教师研修平台";
}
