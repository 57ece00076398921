using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class SignInTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_teacher_signs_in_with_an_SMS_code_once()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var code = await _client.SendCodeAsync(phone, "signIn");

        var first = await _client.SignInAsync(phone, smsCode: code);
        var tokens = await first.ReadOkAsync<Tokens>();
        Assert.Equal(HttpStatusCode.OK, (await _client.GetMeAsync(tokens.AccessToken)).StatusCode);

        var reused = await _client.SignInAsync(phone, smsCode: code);
        Assert.Equal("auth.invalid_credentials", (await reused.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_phone_get_the_same_answer()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);

        var wrongPassword = await (await _client.SignInAsync(phone, "Wrong12345")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var unknownPhone = await (await _client.SignInAsync(TestPhones.Next(), "Wrong12345")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(wrongPassword.Code, unknownPhone.Code);
        Assert.Equal(wrongPassword.Title, unknownPhone.Title);
        Assert.Equal("auth.invalid_credentials", wrongPassword.Code);
    }

    [Fact]
    public async Task A_sign_in_code_request_answers_alike_for_unknown_numbers()
    {
        var known = TestPhones.Next();
        await _client.RegisterAsync(known);
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(61));

        var forKnown = await _client.RequestCodeAsync(known, "signIn");
        var forUnknown = await _client.RequestCodeAsync(TestPhones.Next(), "signIn");
        Assert.Equal(HttpStatusCode.Accepted, forKnown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, forUnknown.StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_number_even_for_the_right_password()
    {
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        for (var i = 0; i < 5; i++)
        {
            await (await _client.SignInAsync(phone, $"Wrong{i}1234")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        }

        var locked = await (await _client.SignInAsync(phone, AccountsApi.Password)).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("auth.sign_in_locked", locked.Code);
        Assert.InRange(locked.Body.GetProperty("retryAfterSeconds").GetInt32(), 60, 15 * 60);
    }

    [Fact]
    public async Task An_unknown_number_locks_too_so_the_lock_reveals_nothing()
    {
        var phone = TestPhones.Next();
        for (var i = 0; i < 5; i++)
        {
            await _client.SignInAsync(phone, $"Wrong{i}1234");
        }

        var locked = await (await _client.SignInAsync(phone, "Wrong99999")).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("auth.sign_in_locked", locked.Code);
    }

    [Fact]
    public async Task Me_without_a_token_or_with_a_forged_one_is_401()
    {
        var none = await (await _client.GetMeAsync(null)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var forged = await (await _client.GetMeAsync("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.unauthenticated", none.Code);
        Assert.Equal("auth.unauthenticated", forged.Code);
    }
}
