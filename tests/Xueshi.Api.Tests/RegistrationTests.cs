using System.Net;
using Npgsql;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class RegistrationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_new_teacher_registers_signs_in_and_sees_their_page()
    {
        var phone = TestPhones.Next();
        var accountId = await _client.RegisterAsync(phone, nickname: "王老师");

        var tokens = await _client.SignInOkAsync(phone);
        var me = await (await _client.GetMeAsync(tokens.AccessToken)).ReadOkAsync<Me>();

        Assert.Equal(accountId, me.AccountId);
        Assert.Equal(phone, me.Phone);
        Assert.Equal("王老师", me.Nickname);
        Assert.Equal("teacher", me.Identity);
        Assert.Equal("Bearer", tokens.TokenType);
    }

    [Fact]
    public async Task The_same_phone_cannot_register_twice()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);

        var again = await _client.RequestCodeAsync(phone, "register");
        Assert.Equal("accounts.phone_taken", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_the_right_one_still_works()
    {
        var phone = TestPhones.Next();
        var code = await _client.SendCodeAsync(phone, "register");
        var wrong = code == "000000" ? "111111" : "000000";

        var refused = await _client.PostJsonAsync("/api/v1/accounts",
            new { phone, smsCode = wrong, password = AccountsApi.Password, identity = "teacher", nickname = "李老师", userAgreementVersion = 1, privacyPolicyVersion = 1 });
        Assert.Equal("accounts.sms_code_invalid", (await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);

        var accepted = await _client.PostJsonAsync("/api/v1/accounts",
            new { phone, smsCode = code, password = AccountsApi.Password, identity = "teacher", nickname = "李老师", userAgreementVersion = 1, privacyPolicyVersion = 1 });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task A_second_code_within_a_minute_is_refused_with_the_wait()
    {
        var phone = TestPhones.Next();
        await _client.SendCodeAsync(phone, "register");

        var again = await _client.RequestCodeAsync(phone, "register");
        var problem = await again.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("accounts.sms_code_too_frequent", problem.Code);
        var wait = problem.Body.GetProperty("retryAfterSeconds").GetInt32();
        Assert.InRange(wait, 1, 60);
        Assert.Equal(wait.ToString(System.Globalization.CultureInfo.InvariantCulture), again.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task The_password_is_stored_hashed()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT password_hash FROM accounts.accounts WHERE phone = @p", connection);
        command.Parameters.AddWithValue("p", phone);
        var hash = (string)(await command.ExecuteScalarAsync())!;
        Assert.DoesNotContain(AccountsApi.Password, hash, StringComparison.Ordinal);
        Assert.True(hash.Length > 40);
    }

    [Fact]
    public async Task Registering_writes_an_AccountRegistered_event_to_the_outbox_in_the_same_transaction()
    {
        var phone = TestPhones.Next();
        var accountId = await _client.RegisterAsync(phone);

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM accounts.outbox_messages WHERE type LIKE '%AccountRegistered%' AND payload->>'accountId' = @id", connection);
        command.Parameters.AddWithValue("id", accountId.ToString());
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
