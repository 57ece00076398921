using System.Net;
using System.Text.Json;
using Npgsql;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class AccountSecurityTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken });

    [Fact]
    public async Task A_forgotten_password_is_reset_with_an_SMS_code_and_every_session_ends()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var session = await _client.SignInOkAsync(phone);
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var code = await _client.SendCodeAsync(phone, "resetPassword");

        var reset = await _client.PostJsonAsync("/api/v1/auth/password-resets", new { phone, smsCode = code, newPassword = "NewPass2026" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SignInAsync(phone, AccountsApi.Password)).StatusCode);
        await _client.SignInOkAsync(phone, "NewPass2026");
        Assert.Equal("auth.refresh_token_invalid", (await (await RefreshAsync(session.RefreshToken)).ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task A_reset_for_an_unknown_number_answers_like_a_wrong_code()
    {
        var unknown = await _client.PostJsonAsync("/api/v1/auth/password-resets",
            new { phone = TestPhones.Next(), smsCode = "123456", newPassword = "NewPass2026" });
        Assert.Equal("accounts.sms_code_invalid", (await unknown.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
    }

    [Fact]
    public async Task Signing_out_revokes_the_refresh_token_and_may_be_repeated()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var session = await _client.SignInOkAsync(phone);
        var other = await _client.SignInOkAsync(phone);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostJsonAsync("/api/v1/auth/sign-out", new { refreshToken = session.RefreshToken })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostJsonAsync("/api/v1/auth/sign-out", new { refreshToken = session.RefreshToken })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(session.RefreshToken)).StatusCode);
        // Another device's session is its own and lives on.
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(other.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task A_student_switches_to_teacher_only_after_confirming_that_student_data_is_cleared()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone, nickname: "小明", identity: "student");
        var tokens = await _client.SignInOkAsync(phone);

        var unconfirmed = await _client.SendAsAsync(tokens.AccessToken, HttpMethod.Post, "/api/v1/me/identity-switch", new { identity = "teacher", confirmClearStudentData = false });
        Assert.Equal("accounts.confirmation_required", (await unconfirmed.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);

        var confirmed = await _client.SendAsAsync(tokens.AccessToken, HttpMethod.Post, "/api/v1/me/identity-switch", new { identity = "teacher", confirmClearStudentData = true });
        var me = await confirmed.ReadOkAsync<Me>();
        Assert.Equal("teacher", me.Identity);

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload FROM accounts.outbox_messages WHERE type LIKE '%AccountIdentitySwitched%' AND payload->>'accountId' = @id", connection);
        command.Parameters.AddWithValue("id", me.AccountId.ToString());
        var payload = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!).RootElement;
        Assert.True(payload.GetProperty("studentDataCleared").GetBoolean());
    }

    [Fact]
    public async Task A_parent_switches_without_a_confirmation_and_a_teacher_cannot_switch()
    {
        var parent = TestPhones.Next();
        await _client.RegisterAsync(parent, nickname: "家长", identity: "parent");
        var parentTokens = await _client.SignInOkAsync(parent);
        var switched = await _client.SendAsAsync(parentTokens.AccessToken, HttpMethod.Post, "/api/v1/me/identity-switch", new { identity = "teacher", confirmClearStudentData = false });
        Assert.Equal("teacher", (await switched.ReadOkAsync<Me>()).Identity);

        var again = await _client.SendAsAsync(parentTokens.AccessToken, HttpMethod.Post, "/api/v1/me/identity-switch", new { identity = "teacher", confirmClearStudentData = true });
        Assert.Equal("accounts.identity_switch_not_allowed", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task A_plain_teacher_administers_nothing()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        var tokens = await _client.SignInOkAsync(phone);
        var scopes = await (await _client.SendAsAsync(tokens.AccessToken, HttpMethod.Get, "/api/v1/me/admin-scopes"))
            .ReadOkAsync<JsonElement>();
        Assert.Equal(0, scopes.GetProperty("schools").GetArrayLength());
        Assert.Equal(0, scopes.GetProperty("regions").GetArrayLength());
    }
}
