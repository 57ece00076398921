using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>换绑 with SMS codes to the old and the new phone, for a signed-in account.</summary>
public sealed class PhoneRebindingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private Task<HttpResponseMessage> RebindAsync(string accessToken, string oldPhoneCode, string newPhone, string newPhoneCode) =>
        _client.SendAsAsync(accessToken, HttpMethod.Post, "/api/v1/me/phone-rebinding", new { oldPhoneCode, newPhone, newPhoneCode });

    /// <summary>A phone gets one code a minute whatever its purpose; the registration code was just sent.</summary>
    private void AfterTheRegistrationCode() => api.Factory.Clock.Advance(TimeSpan.FromSeconds(61));

    [Fact]
    public async Task The_account_moves_to_the_new_number_and_the_old_one_stops_working_at_once()
    {
        var oldPhone = TestPhones.Next();
        var accountId = await _client.RegisterAsync(oldPhone);
        var tokens = await _client.SignInOkAsync(oldPhone);
        var otherDevice = await _client.SignInOkAsync(oldPhone);
        AfterTheRegistrationCode();
        var newPhone = TestPhones.Next();
        var oldCode = await _client.SendCodeAsync(oldPhone, "rebindOldPhone");
        var newCode = await _client.SendCodeAsync(newPhone, "rebindNewPhone");

        var rebound = await (await RebindAsync(tokens.AccessToken, oldCode, newPhone, newCode)).ReadOkAsync<System.Text.Json.JsonElement>();
        Assert.Equal(newPhone, rebound.GetProperty("phone").GetString());

        var oldSignIn = await _client.SignInAsync(oldPhone, AccountsApi.Password);
        Assert.Equal("auth.invalid_credentials", (await oldSignIn.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
        foreach (var refresh in new[] { tokens.RefreshToken, otherDevice.RefreshToken })
        {
            var refused = await _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken = refresh });
            Assert.Equal("auth.refresh_token_invalid", (await refused.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
        }

        var signedIn = await _client.SignInOkAsync(newPhone);
        var me = await (await _client.GetMeAsync(signedIn.AccessToken)).ReadOkAsync<Me>();
        Assert.Equal(accountId, me.AccountId);
        Assert.Equal(newPhone, me.Phone);

        var events = await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM accounts.outbox_messages WHERE type LIKE '%AccountPhoneRebound%' AND payload->>'accountId' = @id AND payload->>'how' = 'sms'",
            ("id", accountId.ToString()));
        Assert.Equal(1L, events);
    }

    [Fact]
    public async Task A_number_already_registered_cannot_be_rebound_to()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var tokens = await _client.SignInOkAsync(phone);
        AfterTheRegistrationCode();
        var taken = TestPhones.Next();
        await _client.RegisterAsync(taken);

        var codeRequest = await _client.RequestCodeAsync(taken, "rebindNewPhone");
        Assert.Equal("accounts.phone_taken", (await codeRequest.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var oldCode = await _client.SendCodeAsync(phone, "rebindOldPhone");
        var response = await RebindAsync(tokens.AccessToken, oldCode, taken, "123456");
        Assert.Equal("accounts.phone_taken", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task A_number_taken_between_the_code_and_the_rebinding_is_409()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var tokens = await _client.SignInOkAsync(phone);
        AfterTheRegistrationCode();
        var newPhone = TestPhones.Next();
        var oldCode = await _client.SendCodeAsync(phone, "rebindOldPhone");
        var newCode = await _client.SendCodeAsync(newPhone, "rebindNewPhone");
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        await _client.RegisterAsync(newPhone, "抢注者");

        var response = await RebindAsync(tokens.AccessToken, oldCode, newPhone, newCode);
        Assert.Equal("accounts.phone_taken", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task A_wrong_code_names_which_and_leaves_the_right_one_usable()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var tokens = await _client.SignInOkAsync(phone);
        AfterTheRegistrationCode();
        var newPhone = TestPhones.Next();
        var oldCode = await _client.SendCodeAsync(phone, "rebindOldPhone");
        var newCode = await _client.SendCodeAsync(newPhone, "rebindNewPhone");
        var wrong = newCode == "000000" ? "111111" : "000000";

        var wrongNew = await (await RebindAsync(tokens.AccessToken, oldCode, newPhone, wrong)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("accounts.sms_code_invalid", wrongNew.Code);
        Assert.Equal("newPhoneCode", wrongNew.Body.GetProperty("field").GetString());

        var wrongOld = await (await RebindAsync(tokens.AccessToken, oldCode == "000000" ? "111111" : "000000", newPhone, newCode))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("oldPhoneCode", wrongOld.Body.GetProperty("field").GetString());

        Assert.Equal(HttpStatusCode.OK, (await RebindAsync(tokens.AccessToken, oldCode, newPhone, newCode)).StatusCode);
    }

    [Fact]
    public async Task Expired_codes_are_refused()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var tokens = await _client.SignInOkAsync(phone);
        AfterTheRegistrationCode();
        var newPhone = TestPhones.Next();
        var oldCode = await _client.SendCodeAsync(phone, "rebindOldPhone");
        var newCode = await _client.SendCodeAsync(newPhone, "rebindNewPhone");

        api.Factory.Clock.Advance(TimeSpan.FromMinutes(6));
        var refreshed = await (await _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken = tokens.RefreshToken })).ReadOkAsync<Tokens>();
        var problem = await (await RebindAsync(refreshed.AccessToken, oldCode, newPhone, newCode)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("accounts.sms_code_invalid", problem.Code);
        Assert.Equal("oldPhoneCode", problem.Body.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Used_codes_cannot_rebind_again()
    {
        var phone = TestPhones.Next();
        var accountId = await _client.RegisterAsync(phone);
        var tokens = await _client.SignInOkAsync(phone);
        AfterTheRegistrationCode();
        var newPhone = TestPhones.Next();
        var oldCode = await _client.SendCodeAsync(phone, "rebindOldPhone");
        var newCode = await _client.SendCodeAsync(newPhone, "rebindNewPhone");
        Assert.Equal(HttpStatusCode.OK, (await RebindAsync(tokens.AccessToken, oldCode, newPhone, newCode)).StatusCode);

        // Someone replaying the captured request for the old number: the codes are spent and the
        // account no longer has that number.
        var other = TestPhones.Next();
        await _client.RegisterAsync(other);
        var otherTokens = await _client.SignInOkAsync(other);
        var replay = await (await RebindAsync(otherTokens.AccessToken, oldCode, TestPhones.Next(), newCode)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("accounts.sms_code_invalid", replay.Code);

        var me = await (await _client.GetMeAsync((await _client.SignInOkAsync(newPhone)).AccessToken)).ReadOkAsync<Me>();
        Assert.Equal(accountId, me.AccountId);
    }

    [Fact]
    public async Task Bad_input_is_400_and_an_anonymous_caller_401()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var tokens = await _client.SignInOkAsync(phone);
        AfterTheRegistrationCode();

        var bad = await (await RebindAsync(tokens.AccessToken, "12", "123", "")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["newPhone", "newPhoneCode", "oldPhoneCode"], bad.Errors.Keys.Order().ToArray());

        var same = await RebindAsync(tokens.AccessToken, "123456", phone, "123456");
        Assert.Equal("accounts.rebind_same_phone", (await same.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);

        var anonymous = await _client.PostJsonAsync("/api/v1/me/phone-rebinding", new { oldPhoneCode = "123456", newPhone = TestPhones.Next(), newPhoneCode = "123456" });
        Assert.Equal("auth.unauthenticated", (await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
    }
}
