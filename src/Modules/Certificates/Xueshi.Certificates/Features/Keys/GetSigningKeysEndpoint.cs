using System.Buffers.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.BuildingBlocks.Http;
using Xueshi.Certificates.Signing;

namespace Xueshi.Certificates.Features.Keys;

/// <param name="Kty">EC.</param>
/// <param name="Crv">P-256.</param>
/// <param name="X">The public point's x, base64url.</param>
/// <param name="Y">The public point's y, base64url.</param>
/// <param name="Kid">The key id a certificate's JWS header names.</param>
/// <param name="Use">sig.</param>
/// <param name="Alg">ES256.</param>
internal sealed record SigningKeyView(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg);

/// <param name="Keys">Every key that signed or signs certificates; a retired key stays so its certificates still verify.</param>
internal sealed record SigningKeySetView(IReadOnlyList<SigningKeyView> Keys);

/// <summary>The public keys, at a well-known address, as a JSON Web Key Set: any JOSE library or 20 lines of standard code verify with it.</summary>
internal sealed class GetSigningKeysEndpoint : IRootEndpoint
{
    public const string Path = "/.well-known/xueshi-certificate-keys.json";

    public void Map(IEndpointRouteBuilder root) =>
        root.MapGet(Path, (HttpContext http) =>
            {
                var keys = http.RequestServices.GetRequiredService<CertificateSigningKeys>();
                // Public and rarely rotated: caches may keep it an hour; a new key is published before it signs anything.
                http.Response.Headers.CacheControl = "public, max-age=3600";
                http.Response.Headers.AccessControlAllowOrigin = "*";
                return TypedResults.Ok(new SigningKeySetView([.. keys.PublicKeys.Select(k => new SigningKeyView(
                    "EC", "P-256", Base64Url.EncodeToString(k.PublicKey.Q.X), Base64Url.EncodeToString(k.PublicKey.Q.Y), k.KeyId, "sig", "ES256"))]));
            })
            .WithName("GetCertificateSigningKeys")
            .WithTags(CertificatesApiTags.Keys)
            .WithSummary("The certificates' public signing keys (JWKS)")
            .WithDescription("A JSON Web Key Set (RFC 7517) of EC P-256 keys. A certificate's PDF carries its data signed as a compact " +
                "JWS (ES256) whose header names the key (kid): verify it with that key, offline. See tools/verify-certificate.")
            .AllowAnonymous();
}
