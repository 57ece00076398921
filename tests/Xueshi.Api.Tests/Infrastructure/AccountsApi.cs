using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Xueshi.Api.Tests.Infrastructure;

internal sealed record Tokens(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, int RefreshTokenExpiresIn,
    bool ConsentRequired = false, bool BasicsRequired = false);

internal sealed record Me(Guid AccountId, string Phone, string Nickname, string Identity, string[] Roles, DateTimeOffset RegisteredAt,
    bool ConsentRequired = false, bool BasicsRequired = false, bool HasPassword = false);

internal sealed record LegalDocument(string Kind, int Version, string Title, string Text, DateTimeOffset PublishedAt);

internal sealed record DevSms(string Phone, string Purpose, string Code, DateTimeOffset SentAt);

/// <summary>The Accounts API as a client uses it, through HTTP only.</summary>
internal static class AccountsApi
{
    public const string Password = "Xueshi2026";

    public static Task<HttpResponseMessage> RequestCodeAsync(this HttpClient client, string phone, string purpose) =>
        client.PostJsonAsync("/api/v1/auth/sms-codes", new { phone, purpose });

    /// <summary>Reads the newest code from the Development SMS inbox, as the demo user and browser tests do.</summary>
    public static async Task<string> LatestCodeAsync(this HttpClient client, string phone, string purpose)
    {
        var messages = await client.GetFromJsonAsyncSafe<DevSms[]>($"/api/v1/dev/sms-messages?phone={phone}");
        return messages.First(m => string.Equals(m.Purpose, purpose, StringComparison.OrdinalIgnoreCase)).Code;
    }

    public static async Task<string> SendCodeAsync(this HttpClient client, string phone, string purpose)
    {
        var sent = await client.RequestCodeAsync(phone, purpose);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        return await client.LatestCodeAsync(phone, purpose);
    }

    public static async Task<Guid> RegisterAsync(this HttpClient client, string phone, string nickname = "张老师", string password = Password, string identity = "teacher")
    {
        var code = await client.SendCodeAsync(phone, "register");
        var (userAgreementVersion, privacyPolicyVersion) = await client.CurrentLegalVersionsAsync();
        var response = await client.PostJsonAsync("/api/v1/accounts",
            new { phone, smsCode = code, password, identity, nickname, userAgreementVersion, privacyPolicyVersion });
        var created = await response.ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        return created.GetProperty("accountId").GetGuid();
    }

    /// <summary>The versions a registration form shows with its 我已阅读并同意 checkbox.</summary>
    public static async Task<(int UserAgreement, int PrivacyPolicy)> CurrentLegalVersionsAsync(this HttpClient client)
    {
        var documents = await client.GetFromJsonAsyncSafe<LegalDocument[]>("/api/v1/legal-documents");
        return (documents.Single(d => d.Kind == "userAgreement").Version, documents.Single(d => d.Kind == "privacyPolicy").Version);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string phone, string? password = null, string? smsCode = null) =>
        client.PostJsonAsync("/api/v1/auth/tokens", new { phone, password, smsCode });

    public static async Task<Tokens> SignInOkAsync(this HttpClient client, string phone, string password = Password) =>
        await (await client.SignInAsync(phone, password)).ReadOkAsync<Tokens>();

    public static Task<HttpResponseMessage> GetMeAsync(this HttpClient client, string? accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/me", UriKind.Relative));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client.SendAsync(request);
    }

    private static async Task<T> GetFromJsonAsyncSafe<T>(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await response.ReadOkAsync<T>();
    }
}
