using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Xueshi.Accounts.Tokens;

/// <summary>
/// The browser's refresh token, kept where scripts cannot read it (ASVS V3): an HttpOnly,
/// SameSite=Strict cookie sent only to the auth paths. Secure outside Development, where the SPA
/// is served over HTTPS; a developer's http://localhost would never send a Secure cookie back.
/// Mobile apps and integrators keep the token in the JSON body (the default).
/// </summary>
internal static class RefreshTokenCookie
{
    public const string Name = "xueshi_refresh";

    /// <summary>Refresh and sign-out live under it; no other request carries the cookie.</summary>
    public const string Path = "/api/v1/auth";

    public const string Description =
        "The browser's refresh token (HttpOnly, SameSite=Strict, Path=/api/v1/auth, Secure outside Development), set when " +
        "the request asked for refreshTokenInCookie.";

    public static string? Read(HttpContext http) =>
        http.Request.Cookies.TryGetValue(Name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>Moves the refresh token from the body into the cookie.</summary>
    public static TokenResponse Deliver(HttpContext http, TokenResponse tokens)
    {
        var options = Options(http);
        options.MaxAge = TimeSpan.FromSeconds(tokens.RefreshTokenExpiresIn);
        http.Response.Cookies.Append(Name, tokens.RefreshToken ?? "", options);
        return tokens with { RefreshToken = null };
    }

    public static void Expire(HttpContext http)
    {
        var options = Options(http);
        options.MaxAge = TimeSpan.Zero;
        options.Expires = DateTimeOffset.UnixEpoch;
        http.Response.Cookies.Append(Name, "", options);
    }

    private static CookieOptions Options(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Path = Path,
        Secure = !http.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment(),
        IsEssential = true,
    };
}
