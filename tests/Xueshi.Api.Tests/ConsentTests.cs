using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// PIPL consent (我已阅读并同意用户协议和隐私政策): recorded at registration, asked again after a new
/// version, and enforced by the server on every endpoint but the few needed to consent.
/// </summary>
public sealed class ConsentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Both_documents_are_served_anonymously_with_their_version()
    {
        var documents = await (await _client.GetAsync(new Uri("/api/v1/legal-documents", UriKind.Relative))).ReadOkAsync<LegalDocument[]>();
        Assert.Equal(["privacyPolicy", "userAgreement"], documents.Select(d => d.Kind).Order().ToArray());
        Assert.All(documents, d => Assert.True(d.Version >= 1 && d.Text.Length > 0 && d.Title.Length > 0));

        // Another test of this class publishes a new privacy policy; the user agreement stays the seeded one.
        var one = await (await _client.GetAsync(new Uri("/api/v1/legal-documents/userAgreement", UriKind.Relative))).ReadOkAsync<LegalDocument>();
        Assert.Equal((1, "学时用户协议"), (one.Version, one.Title));
        Assert.Contains("未注册", one.Text);

        var unknown = await _client.GetAsync(new Uri("/api/v1/legal-documents/cookiePolicy", UriKind.Relative));
        Assert.Equal("accounts.legal_document_not_found", (await unknown.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task Registration_records_consent_to_the_current_versions()
    {
        var (userAgreement, privacyPolicy) = await _client.CurrentLegalVersionsAsync();
        var phone = TestPhones.Next();
        var accountId = await _client.RegisterAsync(phone);

        var rows = await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT string_agg(kind || ':' || version, ',' ORDER BY kind) FROM accounts.consents WHERE account_id = @id", ("id", accountId));
        Assert.Equal($"PrivacyPolicy:{privacyPolicy},UserAgreement:{userAgreement}", rows);

        var tokens = await _client.SignInOkAsync(phone);
        Assert.False(tokens.ConsentRequired);
        var me = await (await _client.GetMeAsync(tokens.AccessToken)).ReadOkAsync<Me>();
        Assert.False(me.ConsentRequired);
        Assert.True(me.HasPassword);
    }

    [Fact]
    public async Task Registration_without_consent_or_with_an_old_version_is_refused()
    {
        var phone = TestPhones.Next();
        var code = await _client.SendCodeAsync(phone, "register");
        var without = await _client.PostJsonAsync("/api/v1/accounts",
            new { phone, smsCode = code, password = AccountsApi.Password, identity = "teacher", nickname = "李老师" });
        var problem = await without.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("userAgreementVersion", problem.Errors.Keys);

        var outdated = await _client.PostJsonAsync("/api/v1/accounts",
            new { phone, smsCode = code, password = AccountsApi.Password, identity = "teacher", nickname = "李老师", userAgreementVersion = 999, privacyPolicyVersion = 1 });
        Assert.Equal("accounts.legal_versions_outdated", (await outdated.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // The refusal did not spend the code: agreeing to the current texts goes through with it.
        var (userAgreement, privacyPolicy) = await _client.CurrentLegalVersionsAsync();
        var accepted = await _client.PostJsonAsync("/api/v1/accounts",
            new { phone, smsCode = code, password = AccountsApi.Password, identity = "teacher", nickname = "李老师", userAgreementVersion = userAgreement, privacyPolicyVersion = privacyPolicy });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task A_new_version_is_asked_for_at_the_next_sign_in_enforced_everywhere_and_consent_unlocks()
    {
        var teacher = await _client.NewSignedInAsync("王老师");
        var op = await _client.NewSignedInAsync("运营");
        await DirectorySql.GrantAsync(api.ConnectionString, op.AccountId, "Operator");
        var operatorToken = (await _client.SignInOkAsync(op.Phone)).AccessToken;
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Get, "/api/v1/me/profile")).StatusCode);

        var before = await _client.CurrentLegalVersionsAsync();
        var published = await _client.SendAsAsync(operatorToken, HttpMethod.Post, "/api/v1/legal-documents/privacyPolicy/versions",
            new { title = "学时隐私政策", text = "第二版：新增学习记录的保存期限说明。" });
        var document = await published.ReadOkAsync<LegalDocument>(HttpStatusCode.Created);
        Assert.Equal(before.PrivacyPolicy + 1, document.Version);
        Assert.Equal((before.UserAgreement, document.Version), await _client.CurrentLegalVersionsAsync());

        // A token issued before the new version is refused at once, by every endpoint that is not about consent.
        var refused = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Get, "/api/v1/me/profile");
        Assert.Equal("accounts.consent_required", (await refused.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        var alsoRefused = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Get, "/api/v1/me/admin-scopes");
        Assert.Equal("accounts.consent_required", (await alsoRefused.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        // The operator too: nobody is exempt.
        var operatorRefused = await _client.SendAsAsync(operatorToken, HttpMethod.Get, "/api/v1/role-grants");
        Assert.Equal("accounts.consent_required", (await operatorRefused.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);

        // The next sign-in says so; /me and the documents stay open.
        var signedIn = await _client.SignInOkAsync(teacher.Phone);
        Assert.True(signedIn.ConsentRequired);
        var me = await (await _client.GetMeAsync(signedIn.AccessToken)).ReadOkAsync<Me>();
        Assert.True(me.ConsentRequired);
        var stillRefused = await _client.SendAsAsync(signedIn.AccessToken, HttpMethod.Get, "/api/v1/me/profile");
        Assert.Equal("accounts.consent_required", (await stillRefused.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);

        // Consent to the old version is not consent.
        var old = await _client.SendAsAsync(signedIn.AccessToken, HttpMethod.Post, "/api/v1/me/consents",
            new { userAgreementVersion = before.UserAgreement, privacyPolicyVersion = before.PrivacyPolicy });
        Assert.Equal("accounts.legal_versions_outdated", (await old.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var consented = await _client.SendAsAsync(signedIn.AccessToken, HttpMethod.Post, "/api/v1/me/consents",
            new { userAgreementVersion = before.UserAgreement, privacyPolicyVersion = document.Version });
        Assert.Equal(HttpStatusCode.NoContent, consented.StatusCode);

        // The refreshed token carries the consent: the other endpoints open again.
        var refreshed = await (await _client.PostJsonAsync("/api/v1/auth/tokens/refresh", new { refreshToken = signedIn.RefreshToken })).ReadOkAsync<Tokens>();
        Assert.False(refreshed.ConsentRequired);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsAsync(refreshed.AccessToken, HttpMethod.Get, "/api/v1/me/profile")).StatusCode);
        Assert.False((await (await _client.GetMeAsync(refreshed.AccessToken)).ReadOkAsync<Me>()).ConsentRequired);

        // Both consents stay in the history.
        var history = await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM accounts.consents WHERE account_id = @id AND kind = 'PrivacyPolicy'", ("id", teacher.AccountId));
        Assert.Equal(2, history);
    }

    [Fact]
    public async Task Only_operators_publish_and_versions_are_validated()
    {
        var teacher = await _client.NewSignedInAsync();
        var forbidden = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, "/api/v1/legal-documents/userAgreement/versions",
            new { title = "学时用户协议", text = "改" });
        Assert.Equal("auth.forbidden", (await forbidden.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);

        var empty = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, "/api/v1/me/consents", new { });
        Assert.Equal(["privacyPolicyVersion", "userAgreementVersion"], (await empty.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys.Order().ToArray());
    }

    [Fact]
    public void The_consent_gate_is_on_every_authenticated_endpoint_but_the_few_needed_to_consent()
    {
        var open = api.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Xueshi.BuildingBlocks.Identity.AllowWithoutConsentMetadata>() is not null)
            .Select(e => e.RoutePattern.RawText!)
            .Order()
            .ToArray();
        Assert.Equal(["/api/v1/me", "/api/v1/me/basics", "/api/v1/me/consents"], open);
    }
}
