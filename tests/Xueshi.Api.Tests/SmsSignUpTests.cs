using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>未注册手机验证后自动注册: an SMS sign-in of an unknown number creates the account.</summary>
public sealed class SmsSignUpTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<Tokens> SignUpBySmsAsync(string phone)
    {
        var code = await _client.SendCodeAsync(phone, "signIn");
        return await (await _client.SignInAsync(phone, smsCode: code)).ReadOkAsync<Tokens>();
    }

    [Fact]
    public async Task An_unknown_number_signs_in_by_SMS_and_gets_an_account_with_its_basics_to_choose()
    {
        var phone = TestPhones.Next();
        var tokens = await SignUpBySmsAsync(phone);
        Assert.True(tokens.BasicsRequired);
        Assert.True(tokens.ConsentRequired);

        var me = await (await _client.GetMeAsync(tokens.AccessToken)).ReadOkAsync<Me>();
        Assert.Equal(phone, me.Phone);
        Assert.True(me.BasicsRequired);
        Assert.False(me.HasPassword);

        // Held at the gate until the basics are chosen, and consent alone is not the way out.
        var refused = await _client.SendAsAsync(tokens.AccessToken, HttpMethod.Get, "/api/v1/me/profile");
        Assert.Equal("accounts.consent_required", (await refused.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        var (userAgreementVersion, privacyPolicyVersion) = await _client.CurrentLegalVersionsAsync();
        var consentOnly = await _client.SendAsAsync(tokens.AccessToken, HttpMethod.Post, "/api/v1/me/consents", new { userAgreementVersion, privacyPolicyVersion });
        Assert.Equal("accounts.basics_required", (await consentOnly.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var basics = await _client.SendAsAsync(tokens.AccessToken, HttpMethod.Post, "/api/v1/me/basics",
            new { identity = "teacher", nickname = "赵老师", userAgreementVersion, privacyPolicyVersion });
        Assert.Equal(HttpStatusCode.NoContent, basics.StatusCode);

        var again = await _client.SendAsAsync(tokens.AccessToken, HttpMethod.Post, "/api/v1/me/basics",
            new { identity = "student", nickname = "改名", userAgreementVersion, privacyPolicyVersion });
        Assert.Equal("accounts.basics_already_chosen", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var refreshed = await (await _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken = tokens.RefreshToken })).ReadOkAsync<Tokens>();
        Assert.False(refreshed.BasicsRequired);
        Assert.False(refreshed.ConsentRequired);
        var after = await (await _client.GetMeAsync(refreshed.AccessToken)).ReadOkAsync<Me>();
        Assert.Equal(("teacher", "赵老师", false), (after.Identity, after.Nickname, after.ConsentRequired));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsAsync(refreshed.AccessToken, HttpMethod.Get, "/api/v1/me/profile")).StatusCode);
    }

    [Fact]
    public async Task Without_a_password_password_sign_in_answers_like_a_wrong_password_until_one_is_set_by_SMS()
    {
        var phone = TestPhones.Next();
        await SignUpBySmsAsync(phone);

        var noPassword = await (await _client.SignInAsync(phone, "Anything123")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var stranger = await (await _client.SignInAsync(TestPhones.Next(), "Anything123")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal((stranger.Code, stranger.Title), (noPassword.Code, noPassword.Title));
        Assert.Contains("如未设置密码，请使用验证码登录", noPassword.Title);

        // 修改密码 proves the phone with a code, which is what an account without a password can do.
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var code = await _client.SendCodeAsync(phone, "resetPassword");
        var reset = await _client.PostJsonAsync("/api/v1/auth/password-resets", new { phone, smsCode = code, newPassword = "Qingdao2026" });
        Assert.True(reset.IsSuccessStatusCode, await reset.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await _client.SignInAsync(phone, "Qingdao2026")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_code_is_sent_to_known_and_unknown_numbers_alike()
    {
        var known = TestPhones.Next();
        await _client.RegisterAsync(known);
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var unknown = TestPhones.Next();

        var forKnown = await _client.RequestCodeAsync(known, "signIn");
        var forUnknown = await _client.RequestCodeAsync(unknown, "signIn");
        Assert.Equal(HttpStatusCode.Accepted, forKnown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, forUnknown.StatusCode);
        Assert.Equal((await forKnown.Content.ReadAsStringAsync()).Replace(known, "", StringComparison.Ordinal),
            (await forUnknown.Content.ReadAsStringAsync()).Replace(unknown, "", StringComparison.Ordinal));
        Assert.Equal(6, (await _client.LatestCodeAsync(unknown, "signIn")).Length);
    }

    [Fact]
    public async Task A_wrong_code_for_an_unknown_number_creates_nothing()
    {
        var phone = TestPhones.Next();
        var code = await _client.SendCodeAsync(phone, "signIn");
        var wrong = code == "000000" ? "111111" : "000000";
        await (await _client.SignInAsync(phone, smsCode: wrong)).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(0L, await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM accounts.accounts WHERE phone = @phone", ("phone", phone)));
    }
}
