using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>领取证书: eligibility with every reason, the masked preview, confirming once, and the date in China Standard Time.</summary>
public sealed class CertificateClaimTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private sealed record Setup(SeededProgram Program, Guid Video, Guid SchoolId, SignedInTeacher Teacher, string IdNumber);

    /// <summary>A program (window from yesterday, 10 days) whose one course gives 1 学时 per completed video or text, 1 required, 2 at most.</summary>
    private async Task<Setup> ProgramAndTeacherAsync(string title, DateOnly? certificateDate = null, bool withCertificate = true, string realName = "李秀英")
    {
        var today = CatalogSeed.Today(api.Factory);
        var program = await CatalogSeed.ProgramAsync(api.Factory, title, today.AddDays(-1), today.AddDays(10),
            certificateDate: certificateDate ?? today, withCertificate: withCertificate);
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId,
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 2, (video, 1), (program.TextId, 1))]));
        var county = await DirectorySeed.CreateCountyAsync(api.ConnectionString);
        var school = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId, name: $"历下区实验小学{Guid.NewGuid():N}"[..12]);
        var teacher = await _client.TeacherAsync();
        var idNumber = TestIdNumbers.Next();
        await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(idNumber, school, realName));
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        return new Setup(program, video, school, teacher, idNumber);
    }

    [Fact]
    public async Task Every_unmet_condition_is_listed_in_words_until_the_certificate_can_be_claimed()
    {
        var today = CatalogSeed.Today(api.Factory);
        var s = await ProgramAndTeacherAsync("条件说明专题", certificateDate: today.AddDays(3));

        var nothingYet = await _client.CertificateStatusAsync(s.Teacher.Token, s.Program.ProgramId);
        Assert.False(nothingYet.GetProperty("eligible").GetBoolean());
        Assert.Equal("program", nothingYet.GetProperty("scheme").GetProperty("kind").GetString());
        var codes = nothingYet.UnmetCodes();
        Assert.Contains("credit.hours_short", codes);
        Assert.Contains("certificates.not_verified", codes);
        Assert.Contains("certificates.date_not_reached", codes);
        var date = today.AddDays(3);
        Assert.Contains(nothingYet.GetProperty("unmetConditions").EnumerateArray(), c =>
            c.GetProperty("message").GetString()!.Contains($"{date.Year}年{date.Month}月{date.Day}日", StringComparison.Ordinal));

        await _client.CompleteVideoAsync(api.Factory, s.Teacher.Token, s.Program.ProgramId, s.Video, 30);
        var hoursMet = await _client.CertificateStatusAsync(s.Teacher.Token, s.Program.ProgramId);
        Assert.Equal(["certificates.not_verified", "certificates.date_not_reached"], hoursMet.UnmetCodes());
        // The FAQ's question 8, answered: 为什么我已获得 6 个认定学时，却无法领取证书？
        Assert.Equal("已获得 1 学时，但个人信息尚未通过学校管理员审核，请联系本校管理员审核。",
            hoursMet.GetProperty("unmetConditions")[0].GetProperty("message").GetString());

        await _client.ApproveAsync(api.ConnectionString, s.SchoolId, s.Teacher.AccountId);
        var onlyTheDate = await _client.CertificateStatusAsync(s.Teacher.Token, s.Program.ProgramId);
        Assert.Equal(["certificates.date_not_reached"], onlyTheDate.UnmetCodes());
        var refused = await (await _client.PreviewAsync(s.Teacher.Token, s.Program.ProgramId)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("certificates.not_eligible", refused.Code);
        Assert.Equal(["certificates.date_not_reached"], CreditRulesApi.Codes(refused.Body.GetProperty("unmetConditions")));

        using var english = new HttpRequestMessage(HttpMethod.Get, CertificatesApi.StatusUrl(s.Program.ProgramId));
        english.Headers.Authorization = new("Bearer", s.Teacher.Token);
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = await (await _client.SendAsync(english)).ReadOkAsync<JsonElement>();
        Assert.StartsWith("Certificates are issued from", inEnglish.GetProperty("unmetConditions")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_is_masked_and_confirming_creates_one_signed_certificate_with_the_hours_and_an_event()
    {
        var s = await ProgramAndTeacherAsync("领取证书专题", realName: "李秀英");
        await _client.CompleteVideoAsync(api.Factory, s.Teacher.Token, s.Program.ProgramId, s.Video, 30);
        await _client.ApproveAsync(api.ConnectionString, s.SchoolId, s.Teacher.AccountId);

        var status = await _client.CertificateStatusAsync(s.Teacher.Token, s.Program.ProgramId);
        Assert.True(status.GetProperty("eligible").GetBoolean());
        Assert.Empty(status.GetProperty("unmetConditions").EnumerateArray());
        Assert.Equal(1m, status.GetProperty("totalHours").GetDecimal());

        var preview = await _client.PreviewOkAsync(s.Teacher.Token, s.Program.ProgramId);
        Assert.Equal("李**", preview.GetProperty("holderName").GetString());
        var maskedId = preview.GetProperty("idNumber").GetString()!;
        Assert.Equal(s.IdNumber[..2] + new string('*', s.IdNumber.Length - 4) + s.IdNumber[^2..], maskedId);
        Assert.Contains("不可更改", preview.GetProperty("warning").GetString(), StringComparison.Ordinal);
        Assert.Equal(1m, preview.GetProperty("totalHours").GetDecimal());
        var program = Assert.Single(preview.GetProperty("programs").EnumerateArray().ToList());
        Assert.Equal("领取证书专题", program.GetProperty("title").GetString());
        Assert.Equal(("课堂提问的艺术", 1m), (program.GetProperty("courses")[0].GetProperty("title").GetString(), program.GetProperty("courses")[0].GetProperty("hours").GetDecimal()));
        Assert.Equal(0L, await CertificatesApi.CertificateRowsAsync(api.ConnectionString, s.Teacher.AccountId));

        var response = await _client.ConfirmAsync(s.Teacher.Token, s.Program.ProgramId, preview.GetProperty("previewDigest").GetString());
        var certificate = await response.ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/me/certificates/{certificate.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        Assert.Matches("^XS(-[A-Z2-9]{4}){4}$", certificate.GetProperty("serial").GetString());
        Assert.Matches("^[A-Z2-9]{6}$", certificate.GetProperty("verificationCode").GetString());
        Assert.Equal("valid", certificate.GetProperty("status").GetString());
        Assert.Equal(1m, certificate.GetProperty("totalHours").GetDecimal());
        Assert.Equal(CatalogSeed.Today(api.Factory), DateOnly.Parse(certificate.GetProperty("issuedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(maskedId, certificate.GetProperty("idNumber").GetString());

        // Once claimed, the hours it records do not move: completing more changes the credit page, not the certificate.
        await _client.ReadTextAsync(api.Factory, s.Teacher.Token, s.Program.ProgramId, s.Program.TextId);
        var mine = await _client.GetOkAsync(s.Teacher.Token, "/api/v1/me/certificates");
        var listed = Assert.Single(mine.EnumerateArray().ToList());
        Assert.Equal(certificate.GetProperty("serial").GetString(), listed.GetProperty("serial").GetString());
        Assert.Equal(1m, listed.GetProperty("totalHours").GetDecimal());
        var after = await _client.CertificateStatusAsync(s.Teacher.Token, s.Program.ProgramId);
        Assert.Equal(certificate.GetProperty("id").GetGuid(), after.GetProperty("certificate").GetProperty("id").GetGuid());
        Assert.False(after.GetProperty("eligible").GetBoolean());

        var again = await (await _client.ConfirmAsync(s.Teacher.Token, s.Program.ProgramId, preview.GetProperty("previewDigest").GetString()))
            .ReadOkAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(certificate.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        var previewAgain = await (await _client.PreviewAsync(s.Teacher.Token, s.Program.ProgramId)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("certificates.already_claimed", previewAgain.Code);
        Assert.Equal(1L, await CertificatesApi.IssuedEventsAsync(api.ConnectionString, s.Teacher.AccountId));
    }

    [Fact]
    public async Task Confirming_at_once_from_several_devices_gives_one_certificate_and_one_event()
    {
        var s = await ProgramAndTeacherAsync("并发领取专题");
        await _client.CompleteVideoAsync(api.Factory, s.Teacher.Token, s.Program.ProgramId, s.Video, 30);
        await _client.ApproveAsync(api.ConnectionString, s.SchoolId, s.Teacher.AccountId);
        var digest = (await _client.PreviewOkAsync(s.Teacher.Token, s.Program.ProgramId)).GetProperty("previewDigest").GetString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _client.ConfirmAsync(s.Teacher.Token, s.Program.ProgramId, digest)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await response.ReadOkAsync<JsonElement>(response.StatusCode)).GetProperty("id").GetGuid());
        }

        Assert.Single(ids);
        Assert.Equal(1L, await CertificatesApi.CertificateRowsAsync(api.ConnectionString, s.Teacher.AccountId));
        Assert.Equal(1L, await CertificatesApi.IssuedEventsAsync(api.ConnectionString, s.Teacher.AccountId));
    }

    [Fact]
    public async Task Confirming_data_that_changed_since_the_preview_is_refused_and_nothing_is_stored()
    {
        var s = await ProgramAndTeacherAsync("预览变化专题");
        await _client.CompleteVideoAsync(api.Factory, s.Teacher.Token, s.Program.ProgramId, s.Video, 30);
        await _client.ApproveAsync(api.ConnectionString, s.SchoolId, s.Teacher.AccountId);
        var preview = await _client.PreviewOkAsync(s.Teacher.Token, s.Program.ProgramId);
        Assert.Equal(1m, preview.GetProperty("totalHours").GetDecimal());

        // The text completes the course's second hour: the certificate would now say 2, not the 1 the teacher checked.
        await _client.ReadTextAsync(api.Factory, s.Teacher.Token, s.Program.ProgramId, s.Program.TextId);
        var stale = await (await _client.ConfirmAsync(s.Teacher.Token, s.Program.ProgramId, preview.GetProperty("previewDigest").GetString()))
            .ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("certificates.preview_changed", stale.Code);
        Assert.Equal(0L, await CertificatesApi.CertificateRowsAsync(api.ConnectionString, s.Teacher.AccountId));
        var fresh = await _client.ClaimOkAsync(s.Teacher.Token, s.Program.ProgramId);
        Assert.Equal(2m, fresh.GetProperty("totalHours").GetDecimal());
    }

    [Fact]
    public async Task The_certificate_date_begins_at_midnight_in_Beijing_not_in_UTC()
    {
        var today = CatalogSeed.Today(api.Factory);
        var date = today.AddDays(2);
        var s = await ProgramAndTeacherAsync("北京时间发证专题", certificateDate: date);
        await _client.CompleteVideoAsync(api.Factory, s.Teacher.Token, s.Program.ProgramId, s.Video, 30);
        await _client.ApproveAsync(api.ConnectionString, s.SchoolId, s.Teacher.AccountId);
        var midnight = StudyWindow.StartOf(date);

        // 23:59:59 the day before in Beijing is 15:59:59 UTC: still the day before.
        api.Factory.Clock.SetTo(midnight.AddSeconds(-1));
        var before = await _client.CertificateStatusAsync(await _client.SignInAgainAsync(s.Teacher), s.Program.ProgramId);
        Assert.Equal(["certificates.date_not_reached"], before.UnmetCodes());

        api.Factory.Clock.SetTo(midnight);
        var token = await _client.SignInAgainAsync(s.Teacher);
        var at = await _client.CertificateStatusAsync(token, s.Program.ProgramId);
        Assert.True(at.GetProperty("eligible").GetBoolean(), string.Join(", ", at.UnmetCodes()));
        var certificate = await _client.ClaimOkAsync(token, s.Program.ProgramId);
        Assert.Equal(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), certificate.GetProperty("issuedOn").GetString());
    }

    [Fact]
    public async Task A_program_without_a_certificate_says_so_and_bad_requests_are_refused_with_their_codes()
    {
        var s = await ProgramAndTeacherAsync("无证书专题", withCertificate: false);

        var status = await _client.CertificateStatusAsync(s.Teacher.Token, s.Program.ProgramId);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("scheme").ValueKind);
        Assert.Equal(["certificates.no_certificate"], status.UnmetCodes());
        Assert.Equal("certificates.no_certificate", (await (await _client.PreviewAsync(s.Teacher.Token, s.Program.ProgramId))
            .ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal("certificates.program_not_found", (await (await _client.PreviewAsync(s.Teacher.Token, Guid.CreateVersion7()))
            .ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var missing = await (await _client.ConfirmAsync(s.Teacher.Token, s.Program.ProgramId, null)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("previewDigest", missing.Errors.Keys);
        var tooLong = await (await _client.ConfirmAsync(s.Teacher.Token, s.Program.ProgramId, new string('x', 65))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("previewDigest", tooLong.Errors.Keys);
        var draft = await CatalogSeed.ProgramAsync(api.Factory, "草稿专题", CatalogSeed.Today(api.Factory), CatalogSeed.Today(api.Factory).AddDays(5), state: ProgramState.Draft);
        Assert.Equal("certificates.program_not_found", (await (await _client.ConfirmAsync(s.Teacher.Token, draft.ProgramId, "abc"))
            .ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.ConfirmAsync(null!, s.Program.ProgramId, "abc")).StatusCode);
        Assert.Equal("certificates.not_found", (await (await _client.SendAsAsync(s.Teacher.Token, HttpMethod.Get, $"/api/v1/me/certificates/{Guid.CreateVersion7()}"))
            .ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task A_teacher_sees_only_their_own_certificates()
    {
        var s = await ProgramAndTeacherAsync("只看自己的证书专题");
        await _client.CompleteVideoAsync(api.Factory, s.Teacher.Token, s.Program.ProgramId, s.Video, 30);
        await _client.ApproveAsync(api.ConnectionString, s.SchoolId, s.Teacher.AccountId);
        var certificate = await _client.ClaimOkAsync(s.Teacher.Token, s.Program.ProgramId);
        var other = await _client.TeacherAsync();

        Assert.Empty((await _client.GetOkAsync(other.Token, "/api/v1/me/certificates")).EnumerateArray());
        Assert.Equal("certificates.not_found", (await (await _client.SendAsAsync(other.Token, HttpMethod.Get,
            $"/api/v1/me/certificates/{certificate.GetProperty("id").GetGuid()}")).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        var own = await _client.GetOkAsync(s.Teacher.Token, $"/api/v1/me/certificates/{certificate.GetProperty("id").GetGuid()}");
        Assert.Equal(certificate.GetProperty("serial").GetString(), own.GetProperty("serial").GetString());
    }
}
