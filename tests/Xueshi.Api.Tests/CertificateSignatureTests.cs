using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>Offline verification: every certificate is signed (ES256) over its canonical data, checkable with the published keys alone.</summary>
public sealed class CertificateSignatureTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task The_signature_verifies_with_the_published_key_and_fails_after_one_changed_byte()
    {
        var (teacher, idNumber, certificate) = await ClaimedCertificateAsync("签名验证专题", "王子月");
        var jws = await SignedDataAsync(certificate.GetProperty("id").GetGuid());

        var keysResponse = await _client.GetAsync(new Uri("/.well-known/xueshi-certificate-keys.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, keysResponse.StatusCode);
        var keys = JsonDocument.Parse(await keysResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("keys");
        var parts = jws.Split('.');
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
        Assert.Equal("ES256", header.GetProperty("alg").GetString());
        var jwk = Assert.Single(keys.EnumerateArray().ToList(), k => k.GetProperty("kid").GetString() == header.GetProperty("kid").GetString());
        Assert.Equal(TestSigningKeys.KeyId, jwk.GetProperty("kid").GetString());
        using var key = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.GetProperty("x").GetString()), Y = Base64Url.DecodeFromChars(jwk.GetProperty("y").GetString()) },
        });
        var signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        var signature = Base64Url.DecodeFromChars(parts[2]);

        Assert.True(key.VerifyData(signingInput, signature, HashAlgorithmName.SHA256));
        for (var i = 0; i < signingInput.Length; i += 97)
        {
            var tampered = (byte[])signingInput.Clone();
            tampered[i] ^= 0x01;
            Assert.False(key.VerifyData(tampered, signature, HashAlgorithmName.SHA256), $"a change at byte {i} went unnoticed");
        }

        // What is signed is the certificate in full: the data a verifier compares with the paper.
        var data = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
        Assert.Equal("王子月", data.GetProperty("holder").GetProperty("name").GetString());
        Assert.Equal(idNumber, data.GetProperty("holder").GetProperty("idNumber").GetString());
        Assert.Equal(certificate.GetProperty("serial").GetString(), data.GetProperty("serial").GetString());
        Assert.Equal("1", data.GetProperty("totalHours").GetString());
        Assert.Equal("xueshi-certificate", data.GetProperty("type").GetString());
        // Canonical: no whitespace, keys in ordinal order, Chinese as UTF-8.
        var canonical = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        Assert.DoesNotContain(": ", canonical, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"王子月\"", canonical, StringComparison.Ordinal);
        var topKeys = data.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(topKeys.Order(StringComparer.Ordinal), topKeys);
        Assert.NotEqual(Guid.Empty, teacher.AccountId);
    }

    [Fact]
    public async Task The_full_ID_number_is_stored_only_encrypted()
    {
        var (teacher, idNumber, _) = await ClaimedCertificateAsync("加密存储专题", "赵敏");

        var row = await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT row_to_json(c)::text FROM certificates.certificates c WHERE teacher_id = @t", ("t", teacher.AccountId));

        Assert.DoesNotContain(idNumber, row, StringComparison.Ordinal);
        Assert.Contains(idNumber[..6] + new string('*', idNumber.Length - 10) + idNumber[^4..], row, StringComparison.Ordinal);
    }

    private async Task<string> SignedDataAsync(Guid certificateId)
    {
        var stored = await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT protected_signed_data FROM certificates.certificates WHERE id = @id", ("id", certificateId));
        // What the PDF will carry: the JWS, decrypted with the Host's own Data Protection keys.
        return api.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Xueshi.Certificates.SignedData").Unprotect(stored!);
    }

    private async Task<(SignedInTeacher Teacher, string IdNumber, JsonElement Certificate)> ClaimedCertificateAsync(string title, string realName)
    {
        var today = CatalogSeed.Today(api.Factory);
        var program = await CatalogSeed.ProgramAsync(api.Factory, title, today.AddDays(-1), today.AddDays(10), certificateDate: today);
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId, CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (video, 1))]));
        var county = await DirectorySeed.CreateCountyAsync(api.ConnectionString);
        var school = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId);
        var teacher = await _client.TeacherAsync();
        var idNumber = TestIdNumbers.Next();
        await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(idNumber, school, realName));
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);
        await _client.ApproveAsync(api.ConnectionString, school, teacher.AccountId);
        return (teacher, idNumber, await _client.ClaimOkAsync(teacher.Token, program.ProgramId));
    }
}
