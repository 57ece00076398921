using System.Net;
using System.Text.Json;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>The certificate area as the SPA calls it.</summary>
internal static class CertificatesApi
{
    public static string StatusUrl(Guid programId) => $"/api/v1/programs/{programId}/certificate";

    public static async Task<JsonElement> CertificateStatusAsync(this HttpClient client, string token, Guid programId) =>
        await (await client.SendAsAsync(token, HttpMethod.Get, StatusUrl(programId))).ReadOkAsync<JsonElement>();

    public static Task<HttpResponseMessage> PreviewAsync(this HttpClient client, string token, Guid programId) =>
        client.SendAsAsync(token, HttpMethod.Get, StatusUrl(programId) + "/preview");

    public static async Task<JsonElement> PreviewOkAsync(this HttpClient client, string token, Guid programId) =>
        await (await client.PreviewAsync(token, programId)).ReadOkAsync<JsonElement>();

    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, string token, Guid programId, string? digest) =>
        client.SendAsAsync(token, HttpMethod.Post, StatusUrl(programId), new { previewDigest = digest });

    /// <summary>Preview, then confirm what was previewed: the certificate, created.</summary>
    public static async Task<JsonElement> ClaimOkAsync(this HttpClient client, string token, Guid programId)
    {
        var preview = await client.PreviewOkAsync(token, programId);
        return await (await client.ConfirmAsync(token, programId, preview.GetProperty("previewDigest").GetString()))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created);
    }

    public static IReadOnlyList<string> UnmetCodes(this JsonElement status) => CreditRulesApi.Codes(status.GetProperty("unmetConditions"));

    /// <summary>A fresh access token at the Host's current clock: moving the clock by days expires the old one, as it would.</summary>
    public static async Task<string> SignInAgainAsync(this HttpClient client, SignedInTeacher teacher) =>
        (await client.SignInOkAsync(teacher.Phone)).AccessToken;

    /// <summary>The school verifies the teacher (审核认证通过).</summary>
    public static async Task ApproveAsync(this HttpClient client, string connectionString, Guid schoolId, Guid teacherId)
    {
        var admin = await client.SchoolAdminAsync(connectionString, schoolId);
        await client.DecideOkAsync(admin, schoolId, new { accountIds = new[] { teacherId }, decision = "approve" });
    }

    public static Task<long> IssuedEventsAsync(string connectionString, Guid teacherId) =>
        DirectorySql.ScalarAsync<long>(connectionString,
            "SELECT count(*) FROM certificates.outbox_messages WHERE type LIKE '%CertificateIssued%' AND payload->>'teacherId' = @teacher",
            ("teacher", teacherId.ToString()));

    public static Task<long> CertificateRowsAsync(string connectionString, Guid teacherId) =>
        DirectorySql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM certificates.certificates WHERE teacher_id = @teacher", ("teacher", teacherId));
}
