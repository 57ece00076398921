using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Xueshi.Certificates.Signing;

/// <summary>
/// Signs a certificate's canonical data as a compact JWS (RFC 7515, ES256): base64url(header) "." base64url(canonical
/// JSON) "." base64url(signature). The header names the key (kid) so keys can rotate; anyone verifies it with the public
/// key of that id from the published key set (RFC 7517), with no help from this platform.
/// </summary>
internal sealed class CertificateSigner(CertificateSigningKeys keys)
{
    public string Sign(ReadOnlySpan<byte> canonical)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "ES256", ["kid"] = keys.ActiveKeyId });
        var signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(canonical);
        var signature = keys.SignWithActiveKey(Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The key id of a JWS and its canonical bytes, as stored; the signature itself is checked by verifiers, not here.</summary>
    public static (string KeyId, byte[] Canonical) Open(string jws)
    {
        var parts = jws.Split('.');
        if (parts.Length != 3)
        {
            throw new CryptographicException("A certificate's signed data is not a compact JWS.");
        }

        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        return (header.RootElement.GetProperty("kid").GetString()!, Base64Url.DecodeFromChars(parts[1]));
    }
}
