using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class RefreshTokenTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken });

    [Fact]
    public async Task A_refresh_gives_a_working_access_token_and_a_new_refresh_token()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var signedIn = await _client.SignInOkAsync(phone);

        var refreshed = await (await RefreshAsync(signedIn.RefreshToken)).ReadOkAsync<Tokens>();

        Assert.NotEqual(signedIn.RefreshToken, refreshed.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetMeAsync(refreshed.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task Reusing_a_spent_refresh_token_revokes_the_whole_family()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var signedIn = await _client.SignInOkAsync(phone);
        var next = await (await RefreshAsync(signedIn.RefreshToken)).ReadOkAsync<Tokens>();

        var replay = await (await RefreshAsync(signedIn.RefreshToken)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.refresh_token_invalid", replay.Code);

        // The legitimate holder's newer token is revoked too: whoever replayed cannot keep a session.
        var afterTheft = await (await RefreshAsync(next.RefreshToken)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.refresh_token_invalid", afterTheft.Code);
    }

    [Fact]
    public async Task An_access_token_expires_after_fifteen_minutes_and_the_refresh_token_renews_it()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var signedIn = await _client.SignInOkAsync(phone);
        Assert.Equal(900, signedIn.ExpiresIn);

        api.Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var expired = await (await _client.GetMeAsync(signedIn.AccessToken)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.unauthenticated", expired.Code);

        var renewed = await (await RefreshAsync(signedIn.RefreshToken)).ReadOkAsync<Tokens>();
        Assert.Equal(HttpStatusCode.OK, (await _client.GetMeAsync(renewed.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_refresh_token_is_401()
    {
        var problem = await (await RefreshAsync("not-a-token")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.refresh_token_invalid", problem.Code);
    }
}
