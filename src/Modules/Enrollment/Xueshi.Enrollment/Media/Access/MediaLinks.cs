using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Xueshi.Enrollment.Media.Access;

/// <summary>
/// Signed, time-limited media links. A &lt;video&gt; or &lt;img&gt; element cannot send a bearer token, so an
/// authorized caller asks for a link whose token names the media file, the account it was issued to
/// and its expiry, sealed by Data Protection (authenticated encryption under the keys that already
/// protect ID numbers, so it cannot be forged or altered). The expiry is judged by the platform's
/// TimeProvider, not by the protector's own clock. The token works for that one file only, and the
/// access rule is asked again when it is used.
/// </summary>
internal sealed class MediaLinks(IDataProtectionProvider provider, IOptions<MediaOptions> options, TimeProvider clock)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Xueshi.Enrollment.MediaLink.v1");

    public MediaLink Issue(Guid mediaId, MediaReader reader)
    {
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((clock.GetUtcNow() + options.Value.LinkLifetime).ToUnixTimeSeconds());
        var token = _protector.Protect($"{mediaId:N}.{reader.AccountId:N}.{(reader.IsOperator ? 1 : 0)}.{expiresAt.ToUnixTimeSeconds()}");
        return new MediaLink($"/api/v1/media/{mediaId}/stream?token={Uri.EscapeDataString(token)}", expiresAt);
    }

    /// <summary>The reader the token was issued to, when it is genuine, unexpired and for this media file.</summary>
    public MediaReader? Read(Guid mediaId, string token)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null; // forged, altered, or sealed with keys no longer held
        }
        catch (FormatException)
        {
            return null; // not even base64url
        }

        var parts = payload.Split('.');
        return parts.Length == 4 && Guid.TryParseExact(parts[0], "N", out var media) && media == mediaId
            && Guid.TryParseExact(parts[1], "N", out var account)
            && long.TryParse(parts[3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            ? new MediaReader(account, parts[2] == "1")
            : null;
    }
}

/// <param name="Url">Relative URL of the content, for a video element's src; send no Authorization header with it.</param>
/// <param name="ExpiresAt">When the link stops working; ask for a new one after that.</param>
internal sealed record MediaLink(string Url, DateTimeOffset ExpiresAt);
