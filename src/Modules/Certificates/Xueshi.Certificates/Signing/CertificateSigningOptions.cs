namespace Xueshi.Certificates.Signing;

/// <summary>
/// Where the certificates' signing keys live (Xueshi:Certificates:Signing). Each key is a PEM file (an EC P-256 private
/// key, PKCS#8 or SEC1) named for its key id, `&lt;kid&gt;.pem`. Every key in the folder is published, so certificates signed
/// with a retired key still verify; new certificates are signed with <see cref="ActiveKeyId"/>.
/// </summary>
internal sealed class CertificateSigningOptions
{
    public const string Section = "Xueshi:Certificates:Signing";

    /// <summary>The folder of PEM files. Required outside Development; in Development the default is .data/certificate-keys.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>The key that signs new certificates; when unset, the last key id in ordinal order (name keys by date: 2026-11, 2027-05).</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>The folder actually used, resolved at start.</summary>
    public string ResolvedDirectory { get; set; } = "";

    /// <summary>Development only: a key is generated when the folder holds none (the embedded default, never committed).</summary>
    public bool GenerateWhenMissing { get; set; }
}
