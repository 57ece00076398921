using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Certificates.Tests;

namespace Xueshi.Api.Tests;

/// <summary>The owner's PDF and the public verification page.</summary>
public sealed partial class CertificateDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<(SignedInTeacher Teacher, string IdNumber, JsonElement Certificate)> ClaimedAsync(string title, string name)
    {
        var today = CatalogSeed.Today(api.Factory);
        var program = await CatalogSeed.ProgramAsync(api.Factory, title, today.AddDays(-1), today.AddDays(10), certificateDate: today);
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId, CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 2, (video, 1.5m))]));
        var county = await DirectorySeed.CreateCountyAsync(api.ConnectionString);
        var school = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId, name: "济南市历下区实验小学");
        var teacher = await _client.TeacherAsync();
        var idNumber = TestIdNumbers.Next();
        await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(idNumber, school, name));
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);
        await _client.ApproveAsync(api.ConnectionString, school, teacher.AccountId);
        return (teacher, idNumber, await _client.ClaimOkAsync(teacher.Token, program.ProgramId));
    }

    private static string PdfUrl(JsonElement certificate) => $"/api/v1/me/certificates/{certificate.GetProperty("id").GetGuid()}/pdf";

    [Fact]
    public async Task The_owner_downloads_a_PDF_with_the_full_data_the_same_bytes_every_time_and_nobody_else_can()
    {
        var (teacher, idNumber, certificate) = await ClaimedAsync("证书下载专题", "孙子月");

        var response = await _client.SendAsAsync(teacher.Token, HttpMethod.Get, PdfUrl(certificate));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(certificate.GetProperty("serial").GetString()!, response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var again = await (await _client.SendAsAsync(teacher.Token, HttpMethod.Get, PdfUrl(certificate))).Content.ReadAsByteArrayAsync();
        Assert.Equal(pdf, again);

        var text = Poppler.Text(pdf);
        Assert.Contains("孙子月", text, StringComparison.Ordinal);
        Assert.Contains(idNumber, text, StringComparison.Ordinal);
        Assert.Contains("1.5", text, StringComparison.Ordinal);
        Assert.Contains(certificate.GetProperty("serial").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains(certificate.GetProperty("verificationCode").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("济南市历下区实验小学", text, StringComparison.Ordinal);
        Assert.Contains("Page size:       595 x 842 pts (A4)", Poppler.Info(pdf), StringComparison.Ordinal);

        // The signed data travels in the file: it verifies with the published key, offline.
        var jws = KeywordsJws().Match(Encoding.ASCII.GetString(pdf)).Groups[1].Value;
        var parts = jws.Split('.');
        Assert.Equal(3, parts.Length);
        var keys = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/.well-known/xueshi-certificate-keys.json", UriKind.Relative))).RootElement;
        var kid = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement.GetProperty("kid").GetString();
        var jwk = keys.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == kid);
        using var key = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.GetProperty("x").GetString()), Y = Base64Url.DecodeFromChars(jwk.GetProperty("y").GetString()) },
        });
        Assert.True(key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256));
        Assert.Equal("孙子月", JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement.GetProperty("holder").GetProperty("name").GetString());

        var stranger = await _client.TeacherAsync();
        Assert.Equal("certificates.not_found", (await (await _client.SendAsAsync(stranger.Token, HttpMethod.Get, PdfUrl(certificate)))
            .ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsAsync(null, HttpMethod.Get, PdfUrl(certificate))).StatusCode);
    }

    [Fact]
    public async Task The_shipped_script_verifies_a_downloaded_PDF_offline_and_rejects_one_changed_byte()
    {
        var (teacher, _, certificate) = await ClaimedAsync("离线验证脚本专题", "郑日华");
        var pdf = await (await _client.SendAsAsync(teacher.Token, HttpMethod.Get, PdfUrl(certificate))).Content.ReadAsByteArrayAsync();
        var folder = Directory.CreateTempSubdirectory("xueshi-verify-").FullName;
        var keys = Path.Combine(folder, "keys.json");
        await File.WriteAllTextAsync(keys, await _client.GetStringAsync(new Uri("/.well-known/xueshi-certificate-keys.json", UriKind.Relative)));
        var genuine = Path.Combine(folder, "certificate.pdf");
        await File.WriteAllBytesAsync(genuine, pdf);

        var (code, output) = await NodeAsync(genuine, keys);
        Assert.True(code == 0, output);
        Assert.Contains("VALID", output, StringComparison.Ordinal);
        Assert.Contains("郑日华", output, StringComparison.Ordinal);
        Assert.Contains(certificate.GetProperty("serial").GetString()!, output, StringComparison.Ordinal);

        // One character of the signed data changed (as a forger raising the hours would): the signature no longer holds.
        var text = Encoding.Latin1.GetString(pdf);
        var jws = KeywordsJws().Match(text).Groups[1];
        var payloadAt = jws.Index + jws.Value.IndexOf('.', StringComparison.Ordinal) + 40;
        var forged = (byte[])pdf.Clone();
        forged[payloadAt] = (byte)(forged[payloadAt] == (byte)'A' ? 'B' : 'A');
        var forgedFile = Path.Combine(folder, "forged.pdf");
        await File.WriteAllBytesAsync(forgedFile, forged);
        var (forgedCode, forgedOutput) = await NodeAsync(forgedFile, keys);
        Assert.Equal(1, forgedCode);
        Assert.Contains("INVALID", forgedOutput, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> NodeAsync(params string[] arguments)
    {
        var script = Path.Combine(TestRepository.Root, "tools", "verify-certificate", "verify.mjs");
        var start = new System.Diagnostics.ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    [Fact]
    public async Task Anyone_verifies_a_certificate_by_serial_and_code_and_a_wrong_one_tells_nothing()
    {
        var (_, idNumber, certificate) = await ClaimedAsync("证书验证专题", "钱文");
        var serial = certificate.GetProperty("serial").GetString()!;
        var code = certificate.GetProperty("verificationCode").GetString()!;

        var valid = await (await _client.GetAsync(new Uri($"/api/v1/certificates/verify?serial={serial}&code={code}", UriKind.Relative))).ReadOkAsync<JsonElement>();
        Assert.Equal("valid", valid.GetProperty("status").GetString());
        Assert.Equal("钱*", valid.GetProperty("holderName").GetString());
        Assert.Equal(idNumber[..2] + new string('*', idNumber.Length - 4) + idNumber[^2..], valid.GetProperty("idNumber").GetString());
        Assert.Equal(1.5m, valid.GetProperty("totalHours").GetDecimal());
        Assert.Equal(JsonValueKind.Null, valid.GetProperty("supersededBy").ValueKind);

        // Typed from paper: lower case, without dashes.
        var typed = serial.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        Assert.Equal(serial, (await (await _client.GetAsync(new Uri($"/api/v1/certificates/verify?serial={typed}&code={code.ToLowerInvariant()}", UriKind.Relative)))
            .ReadOkAsync<JsonElement>()).GetProperty("serial").GetString());

        var wrongCode = await (await _client.GetAsync(new Uri($"/api/v1/certificates/verify?serial={serial}&code=AAAAAA", UriKind.Relative)))
            .ReadProblemAsync(HttpStatusCode.NotFound);
        var wrongSerial = await (await _client.GetAsync(new Uri($"/api/v1/certificates/verify?serial=XS-AAAA-AAAA-AAAA-AAAA&code={code}", UriKind.Relative)))
            .ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("certificates.verification_failed", wrongCode.Code);
        Assert.Equal(WithoutTraceId(wrongCode.Body), WithoutTraceId(wrongSerial.Body));
        var missing = await (await _client.GetAsync(new Uri($"/api/v1/certificates/verify?serial={serial}", UriKind.Relative))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("code", missing.Errors.Keys);
    }

    private static string WithoutTraceId(JsonElement problem) =>
        string.Join(",", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value.GetRawText()}"));

    [GeneratedRegex(@"/Keywords \((eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)\)")]
    private static partial Regex KeywordsJws();
}

/// <summary>The verification page's limit per address, small enough to reach in a test.</summary>
public sealed class VerificationLimitFixture : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Xueshi:RateLimits:CertificateVerificationsPerAddressPerMinute"] = "3",
    };
}

public sealed class CertificateVerificationLimitTests(VerificationLimitFixture api) : IClassFixture<VerificationLimitFixture>
{
    [Fact]
    public async Task Guessing_serials_from_one_address_is_stopped_with_429()
    {
        var client = api.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound,
                (await client.GetAsync(new Uri($"/api/v1/certificates/verify?serial=XS-AAAA-AAAA-AAAA-AAA{i + 2}&code=ABCDEF", UriKind.Relative))).StatusCode);
        }

        var refused = await (await client.GetAsync(new Uri("/api/v1/certificates/verify?serial=XS-AAAA-AAAA-AAAA-AAA5&code=ABCDEF", UriKind.Relative)))
            .ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate_limited", refused.Code);
    }
}
