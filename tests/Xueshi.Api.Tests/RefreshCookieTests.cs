using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// The browser's refresh token lives in an HttpOnly cookie that scripts cannot read; apps keep the
/// JSON body. The client here handles cookies by hand, as a browser would, to see each attribute.
/// </summary>
public sealed class RefreshCookieTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Cookie = "xueshi_refresh";
    private readonly HttpClient _client = api.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    [Fact]
    public async Task A_browser_sign_in_sets_an_HttpOnly_strict_cookie_on_the_auth_path_and_leaves_the_body_without_the_token()
    {
        var phone = await RegisteredAsync();

        var response = await _client.PostJsonAsync("/api/v1/auth/tokens", new { phone, password = AccountsApi.Password, refreshTokenInCookie = true });

        var tokens = await response.ReadOkAsync<Tokens>();
        Assert.Null(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetMeAsync(tokens.AccessToken)).StatusCode);
        var cookie = SetCookie(response);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/api/v1/auth", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"max-age={30 * 24 * 3600}", cookie, StringComparison.OrdinalIgnoreCase);
        // Development serves http://localhost, where a Secure cookie would never come back.
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_refresh_with_the_cookie_rotates_it()
    {
        var first = await BrowserSignInAsync(await RegisteredAsync());

        var response = await PostWithCookieAsync("/api/v1/auth/tokens/refresh", new { }, first);

        var tokens = await response.ReadOkAsync<Tokens>();
        Assert.Null(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetMeAsync(tokens.AccessToken)).StatusCode);
        var second = CookieValue(response);
        Assert.NotEqual(first, second);
        await (await PostWithCookieAsync("/api/v1/auth/tokens/refresh", new { }, second)).ReadOkAsync<Tokens>();
    }

    [Fact]
    public async Task Replaying_an_old_cookie_revokes_the_whole_sign_in()
    {
        var first = await BrowserSignInAsync(await RegisteredAsync());
        var second = CookieValue(await PostWithCookieAsync("/api/v1/auth/tokens/refresh", new { }, first));

        var replay = await (await PostWithCookieAsync("/api/v1/auth/tokens/refresh", new { }, first)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.refresh_token_invalid", replay.Code);

        var afterTheft = await (await PostWithCookieAsync("/api/v1/auth/tokens/refresh", new { }, second)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.refresh_token_invalid", afterTheft.Code);
    }

    [Fact]
    public async Task Signing_out_with_the_cookie_revokes_the_session_and_expires_the_cookie()
    {
        var token = await BrowserSignInAsync(await RegisteredAsync());

        var signOut = await PostWithCookieAsync("/api/v1/auth/sign-out", new { }, token);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        var expired = SetCookie(signOut);
        Assert.StartsWith($"{Cookie}=;", expired, StringComparison.Ordinal);
        Assert.Contains("max-age=0", expired, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/api/v1/auth", expired, StringComparison.OrdinalIgnoreCase);
        var refresh = await (await PostWithCookieAsync("/api/v1/auth/tokens/refresh", new { }, token)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.refresh_token_invalid", refresh.Code);
    }

    [Fact]
    public async Task A_refresh_with_neither_a_body_token_nor_the_cookie_is_401()
    {
        var problem = await (await _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.refresh_token_invalid", problem.Code);
    }

    [Fact]
    public async Task Apps_keep_the_token_in_the_body_and_get_no_cookie()
    {
        var phone = await RegisteredAsync();
        var signIn = await _client.SignInAsync(phone, AccountsApi.Password);
        var tokens = await signIn.ReadOkAsync<Tokens>();
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        Assert.False(signIn.Headers.Contains("Set-Cookie"));

        var refresh = await _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken = tokens.RefreshToken });
        var renewed = await refresh.ReadOkAsync<Tokens>();
        Assert.False(string.IsNullOrEmpty(renewed.RefreshToken));
        Assert.False(refresh.Headers.Contains("Set-Cookie"));

        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostJsonAsync("/api/v1/auth/sign-out", new { refreshToken = renewed.RefreshToken })).StatusCode);
        var revoked = await (await _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken = renewed.RefreshToken })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.refresh_token_invalid", revoked.Code);
    }

    [Fact]
    public async Task Outside_Development_the_cookie_is_Secure()
    {
        var phone = await RegisteredAsync();
        var keys = Directory.CreateTempSubdirectory("xueshi-keys-").FullName;
        await using var production = ProductionHost.Create(api.ConnectionString, keys);
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = new Uri("https://xueshi.example") });

        var response = await client.PostJsonAsync("/api/v1/auth/tokens", new { phone, password = AccountsApi.Password, refreshTokenInCookie = true });

        await response.ReadOkAsync<Tokens>();
        Assert.Contains("; secure", SetCookie(response), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> RegisteredAsync()
    {
        var phone = TestPhones.Next();
        await api.CreateClient().RegisterAsync(phone);
        return phone;
    }

    private async Task<string> BrowserSignInAsync(string phone) =>
        CookieValue(await _client.PostJsonAsync("/api/v1/auth/tokens", new { phone, password = AccountsApi.Password, refreshTokenInCookie = true }));

    private Task<HttpResponseMessage> PostWithCookieAsync(string url, object body, string cookieValue)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Cookie", $"{Cookie}={cookieValue}");
        return _client.SendAsync(request);
    }

    private static string SetCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{Cookie}=", StringComparison.Ordinal));

    private static string CookieValue(HttpResponseMessage response)
    {
        var cookie = SetCookie(response);
        var value = cookie[(Cookie.Length + 1)..cookie.IndexOf(';', StringComparison.Ordinal)];
        Assert.False(string.IsNullOrEmpty(value));
        return value;
    }
}
