using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

internal sealed record RebindRequestItem(Guid Id, string RealName, string IdNumberMasked, string OldPhone, string NewPhone,
    DateTimeOffset SubmittedAt, string Status, bool AccountFound, bool ProfileMatches, string? DecisionReason, DateTimeOffset? DecidedAt);

internal sealed record RebindAccepted(Guid RequestId, string Status);

/// <summary>换绑 when the old phone is gone: a request with an ID photo that a support agent decides.</summary>
public sealed class PhoneRebindRequestTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string IdNumber = TestIdNumbers.Next();
    private const string HashKey = "development-only-id-number-hash-key-0123456789";

    private readonly HttpClient _client = api.CreateClient();

    private static MultipartFormDataContent Form(string oldPhone, string newPhone, string code, byte[]? photo,
        string fileName = "id.png", string contentType = "image/png", string realName = "张明华", string? idNumber = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(realName), "realName" },
            { new StringContent("residentId"), "idType" },
            { new StringContent(idNumber ?? IdNumber), "idNumber" },
            { new StringContent(oldPhone), "oldPhone" },
            { new StringContent(newPhone), "newPhone" },
            { new StringContent(code), "newPhoneCode" },
        };
        if (photo is not null)
        {
            var file = new ByteArrayContent(photo);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, "photo", fileName);
        }

        return form;
    }

    private Task<HttpResponseMessage> SubmitAsync(HttpContent form) =>
        _client.PostAsync(new Uri("/api/v1/phone-rebinding-requests", UriKind.Relative), form);

    private async Task<(string OldPhone, Guid AccountId, Tokens Tokens, string IdNumber)> TeacherWithProfileAsync(string realName = "张明华")
    {
        var idNumber = TestIdNumbers.Next();
        var oldPhone = TestPhones.Next();
        var accountId = await _client.RegisterAsync(oldPhone);
        var tokens = await _client.SignInOkAsync(oldPhone);
        var hash = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(HashKey), Encoding.UTF8.GetBytes($"ResidentId:{idNumber}")));
        // The profile API belongs to another use case; the row it would write is enough here.
        await DirectorySql.ScalarAsync<object>(api.ConnectionString,
            "INSERT INTO accounts.teacher_profiles (account_id, real_name, id_type, id_number_hash, id_number_masked, verification_status, updated_at) " +
            "VALUES (@id, @name, 'ResidentId', @hash, @masked, 'NotSubmitted', now())",
            ("id", accountId), ("name", realName), ("hash", hash), ("masked", idNumber[..2] + new string('*', 14) + idNumber[^2..]));
        return (oldPhone, accountId, tokens, idNumber);
    }

    private async Task<string> SupportTokenAsync()
    {
        var agent = await _client.NewSignedInAsync("客服");
        await DirectorySql.GrantAsync(api.ConnectionString, agent.AccountId, "Support");
        return agent.AccessToken;
    }

    private async Task<Guid> SubmitOkAsync(string oldPhone, string newPhone, string realName = "张明华", string? idNumber = null)
    {
        var code = await _client.SendCodeAsync(newPhone, "rebindNewPhone");
        var response = await SubmitAsync(Form(oldPhone, newPhone, code, TestImages.TinyPng(), realName: realName, idNumber: idNumber));
        var accepted = await response.ReadOkAsync<RebindAccepted>(HttpStatusCode.Accepted);
        Assert.Equal("pending", accepted.Status);
        return accepted.RequestId;
    }

    private async Task<RebindRequestItem> QueuedAsync(string support, Guid id)
    {
        var queue = await (await _client.SendAsAsync(support, HttpMethod.Get, "/api/v1/phone-rebinding-requests?status=pending")).ReadOkAsync<RebindRequestItem[]>();
        return Assert.Single(queue, r => r.Id == id);
    }

    [Fact]
    public async Task Support_sees_the_request_and_photo_and_approving_moves_the_account()
    {
        var (oldPhone, accountId, tokens, idNumber) = await TeacherWithProfileAsync();
        var newPhone = TestPhones.Next();
        var id = await SubmitOkAsync(oldPhone, newPhone, idNumber: idNumber);
        var support = await SupportTokenAsync();

        var item = await QueuedAsync(support, id);
        Assert.True(item.AccountFound);
        Assert.True(item.ProfileMatches);
        Assert.Equal(idNumber[..2] + new string('*', 14) + idNumber[^2..], item.IdNumberMasked);
        Assert.Equal(newPhone, item.NewPhone);

        var photo = await _client.SendAsAsync(support, HttpMethod.Get, $"/api/v1/phone-rebinding-requests/{id}/photo");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestImages.TinyPng(), await photo.Content.ReadAsByteArrayAsync());

        var decided = await (await _client.SendAsAsync(support, HttpMethod.Post, $"/api/v1/phone-rebinding-requests/{id}/decision", new { approve = true }))
            .ReadOkAsync<RebindRequestItem>();
        Assert.Equal("approved", decided.Status);

        Assert.Equal("auth.invalid_credentials", (await (await _client.SignInAsync(oldPhone, AccountsApi.Password)).ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
        var refused = await _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken = tokens.RefreshToken });
        Assert.Equal("auth.refresh_token_invalid", (await refused.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
        var me = await (await _client.GetMeAsync((await _client.SignInOkAsync(newPhone)).AccessToken)).ReadOkAsync<Me>();
        Assert.Equal(accountId, me.AccountId);

        var how = await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT payload->>'how' FROM accounts.outbox_messages WHERE type LIKE '%AccountPhoneRebound%' AND payload->>'accountId' = @id",
            ("id", accountId.ToString()));
        Assert.Equal("support", how);

        var again = await _client.SendAsAsync(support, HttpMethod.Post, $"/api/v1/phone-rebinding-requests/{id}/decision", new { approve = false, reason = "重复" });
        Assert.Equal("accounts.rebind_already_decided", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task The_sender_learns_nothing_about_the_old_number_but_support_does()
    {
        var support = await SupportTokenAsync();
        var (registered, _, _, idNumber) = await TeacherWithProfileAsync(realName: "王建国");
        var unregistered = TestPhones.Next();

        var forRegistered = await SubmitOkAsync(registered, TestPhones.Next(), realName: "冒名者", idNumber: idNumber);
        var forUnregistered = await SubmitOkAsync(unregistered, TestPhones.Next());

        var mismatch = await QueuedAsync(support, forRegistered);
        Assert.True(mismatch.AccountFound);
        Assert.False(mismatch.ProfileMatches);
        var nobody = await QueuedAsync(support, forUnregistered);
        Assert.False(nobody.AccountFound);
        Assert.False(nobody.ProfileMatches);

        var approve = await _client.SendAsAsync(support, HttpMethod.Post, $"/api/v1/phone-rebinding-requests/{forUnregistered}/decision", new { approve = true });
        Assert.Equal("accounts.rebind_no_account", (await approve.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);

        var noReason = await _client.SendAsAsync(support, HttpMethod.Post, $"/api/v1/phone-rebinding-requests/{forRegistered}/decision", new { approve = false });
        Assert.Contains("reason", (await noReason.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var rejected = await (await _client.SendAsAsync(support, HttpMethod.Post, $"/api/v1/phone-rebinding-requests/{forRegistered}/decision",
            new { approve = false, reason = "姓名与账号信息不符" })).ReadOkAsync<RebindRequestItem>();
        Assert.Equal("rejected", rejected.Status);
        Assert.Equal("姓名与账号信息不符", rejected.DecisionReason);
        Assert.Equal(HttpStatusCode.OK, (await _client.SignInAsync(registered, AccountsApi.Password)).StatusCode);
    }

    [Fact]
    public async Task A_new_number_registered_before_approval_is_409()
    {
        var (oldPhone, _, _, _) = await TeacherWithProfileAsync(realName: "赵敏");
        var newPhone = TestPhones.Next();
        var id = await SubmitOkAsync(oldPhone, newPhone);
        var support = await SupportTokenAsync();
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        await _client.RegisterAsync(newPhone, "新号主人");

        var approve = await _client.SendAsAsync(support, HttpMethod.Post, $"/api/v1/phone-rebinding-requests/{id}/decision", new { approve = true });
        Assert.Equal("accounts.phone_taken", (await approve.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(HttpStatusCode.OK, (await _client.SignInAsync(oldPhone, AccountsApi.Password)).StatusCode);
    }

    [Fact]
    public async Task Text_sent_as_a_png_is_refused()
    {
        var newPhone = TestPhones.Next();
        var code = await _client.SendCodeAsync(newPhone, "rebindNewPhone");
        var fake = Encoding.UTF8.GetBytes("this is not an image, only text pretending to be one");

        var response = await SubmitAsync(Form(TestPhones.Next(), newPhone, code, fake));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("accounts.rebind_photo_invalid", problem.Code);

        // The code was not spent on a refused photo: a real one goes through with it.
        var ok = await SubmitAsync(Form(TestPhones.Next(), newPhone, code, TestImages.JpegOfSize(2048), "id.jpg", "image/jpeg"));
        Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
    }

    [Fact]
    public async Task A_photo_over_5_MB_is_413_and_a_body_far_over_it_too()
    {
        var newPhone = TestPhones.Next();
        var code = await _client.SendCodeAsync(newPhone, "rebindNewPhone");

        var justOver = await SubmitAsync(Form(TestPhones.Next(), newPhone, code, TestImages.JpegOfSize((5 * 1024 * 1024) + 1), "id.jpg", "image/jpeg"));
        Assert.Equal("request.too_large", (await justOver.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Code);

        var farOver = await SubmitAsync(Form(TestPhones.Next(), newPhone, code, TestImages.JpegOfSize(8 * 1024 * 1024), "id.jpg", "image/jpeg"));
        Assert.Equal("request.too_large", (await farOver.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Code);

        // Just under the limit is fine: the endpoint's own body limit is above the Host's 256 KB default.
        var under = await SubmitAsync(Form(TestPhones.Next(), newPhone, code, TestImages.JpegOfSize(5 * 1024 * 1024), "id.jpg", "image/jpeg"));
        Assert.Equal(HttpStatusCode.Accepted, under.StatusCode);
    }

    [Fact]
    public async Task Codes_are_checked_wrong_expired_and_reused()
    {
        var newPhone = TestPhones.Next();
        var code = await _client.SendCodeAsync(newPhone, "rebindNewPhone");
        var wrong = code == "000000" ? "111111" : "000000";

        var wrongCode = await (await SubmitAsync(Form(TestPhones.Next(), newPhone, wrong, TestImages.TinyPng()))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("accounts.sms_code_invalid", wrongCode.Code);
        Assert.Equal("newPhoneCode", wrongCode.Body.GetProperty("field").GetString());

        Assert.Equal(HttpStatusCode.Accepted, (await SubmitAsync(Form(TestPhones.Next(), newPhone, code, TestImages.TinyPng()))).StatusCode);
        var reused = await SubmitAsync(Form(TestPhones.Next(), newPhone, code, TestImages.TinyPng()));
        Assert.Equal("accounts.sms_code_invalid", (await reused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);

        var later = TestPhones.Next();
        var expiring = await _client.SendCodeAsync(later, "rebindNewPhone");
        api.Factory.Clock.Advance(TimeSpan.FromMinutes(6));
        var expired = await SubmitAsync(Form(TestPhones.Next(), later, expiring, TestImages.TinyPng()));
        Assert.Equal("accounts.sms_code_invalid", (await expired.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
    }

    [Fact]
    public async Task Missing_and_bad_fields_are_400_with_each_named()
    {
        var form = new MultipartFormDataContent { { new StringContent("12345"), "oldPhone" }, { new StringContent("abc"), "idType" } };
        var problem = await (await SubmitAsync(form)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal(["idNumber", "idType", "newPhone", "newPhoneCode", "oldPhone", "photo", "realName"], problem.Errors.Keys.Order().ToArray());

        var badCheckDigit = Form(TestPhones.Next(), TestPhones.Next(), "123456", TestImages.TinyPng(), idNumber: IdNumber[..17] + (IdNumber[17] == '0' ? '1' : '0'));
        Assert.Contains("idNumber", (await (await SubmitAsync(badCheckDigit)).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var json = await _client.PostJsonAsync("/api/v1/phone-rebinding-requests", new { realName = "张三" });
        Assert.True(json.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"got {(int)json.StatusCode}");
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Only_support_agents_see_and_decide_requests()
    {
        var id = await SubmitOkAsync(TestPhones.Next(), TestPhones.Next());
        var teacher = await _client.NewSignedInAsync();
        var op = await _client.NewSignedInAsync("运营");
        await DirectorySql.GrantAsync(api.ConnectionString, op.AccountId, "Operator");

        foreach (var token in new[] { teacher.AccessToken, op.AccessToken })
        {
            var list = await _client.SendAsAsync(token, HttpMethod.Get, "/api/v1/phone-rebinding-requests");
            Assert.Equal("auth.forbidden", (await list.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
            var photo = await _client.SendAsAsync(token, HttpMethod.Get, $"/api/v1/phone-rebinding-requests/{id}/photo");
            Assert.Equal("auth.forbidden", (await photo.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
            var decide = await _client.SendAsAsync(token, HttpMethod.Post, $"/api/v1/phone-rebinding-requests/{id}/decision", new { approve = true });
            Assert.Equal("auth.forbidden", (await decide.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        }

        var anonymous = await _client.GetAsync(new Uri("/api/v1/phone-rebinding-requests", UriKind.Relative));
        Assert.Equal("auth.unauthenticated", (await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);

        var support = await SupportTokenAsync();
        var unknown = await _client.SendAsAsync(support, HttpMethod.Get, $"/api/v1/phone-rebinding-requests/{Guid.NewGuid()}/photo");
        Assert.Equal("accounts.rebind_request_not_found", (await unknown.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }
}
