using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>
/// A training's one certificate (2023年寒假教师研修): its topics give none of their own, it comes after every topic has ended,
/// and it records the topics the teacher completed.
/// </summary>
public sealed class CertificateTrainingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private static string Url(Guid trainingId) => $"/api/v1/admin/trainings/{trainingId}/certificate";

    [Fact]
    public async Task A_training_certificate_comes_after_the_last_topic_and_records_the_topics_completed()
    {
        var today = CatalogSeed.Today(api.Factory);
        var training = await CatalogSeed.TrainingAsync(api.Factory, "2023年寒假教师研修");
        // Each topic has a date of its own (the seed's: 10 days after its end); the training's replaces both.
        var basic = await CatalogSeed.ProgramAsync(api.Factory, "基础教育专题", today.AddDays(-1), today.AddDays(10), trainingId: training);
        var higher = await CatalogSeed.ProgramAsync(api.Factory, "高等教育网课专题", today.AddDays(-1), today.AddDays(12), trainingId: training,
            courseTitle: "高校课程思政");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, basic, 30);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, basic.ProgramId, CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(basic.CourseId, 1, 1, (video, 1))]));
        await _client.PublishRulesAsync(op, higher.ProgramId,
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(higher.CourseId, 1, 1, (higher.TextId, 1))]));

        var tooEarly = await (await _client.AdminAsync(op, HttpMethod.Put, Url(training), new { certificateDate = today.AddDays(12) }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("certificates.date_before_last_window", tooEarly.Code);
        Assert.Equal(today.AddDays(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            tooEarly.Body.GetProperty("lastProgramEndsOn").GetString());
        var set = await (await _client.AdminAsync(op, HttpMethod.Put, Url(training), new { certificateDate = today.AddDays(13) })).ReadOkAsync<JsonElement>();
        Assert.Equal("2023年寒假教师研修", set.GetProperty("title").GetString());
        Assert.Equal([basic.ProgramId, higher.ProgramId], set.GetProperty("programIds").EnumerateArray().Select(p => p.GetGuid()).Order());

        var county = await DirectorySeed.CreateCountyAsync(api.ConnectionString);
        var school = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId);
        var teacher = await _client.TeacherAsync();
        await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(TestIdNumbers.Next(), school, "陈静"));
        await _client.EnrollOkAsync(teacher.Token, basic.ProgramId);
        await _client.CompleteVideoAsync(api.Factory, teacher.Token, basic.ProgramId, video, 30);
        await _client.ApproveAsync(api.ConnectionString, school, teacher.AccountId);

        var waiting = await _client.CertificateStatusAsync(teacher.Token, basic.ProgramId);
        Assert.Equal("training", waiting.GetProperty("scheme").GetProperty("kind").GetString());
        Assert.Equal(training, waiting.GetProperty("scheme").GetProperty("schemeId").GetGuid());
        Assert.Equal(["certificates.date_not_reached"], waiting.UnmetCodes());

        api.Factory.Clock.SetTo(StudyWindow.StartOf(today.AddDays(13)));
        var token = await _client.SignInAgainAsync(teacher);
        var certificate = await _client.ClaimOkAsync(token, basic.ProgramId);

        Assert.Equal("training", certificate.GetProperty("kind").GetString());
        Assert.Equal("2023年寒假教师研修", certificate.GetProperty("title").GetString());
        var recorded = Assert.Single(certificate.GetProperty("programs").EnumerateArray().ToList());
        Assert.Equal((basic.ProgramId, 1m), (recorded.GetProperty("programId").GetGuid(), recorded.GetProperty("hours").GetDecimal()));
        // The same one certificate answers from the other topic's page.
        var fromOtherTopic = await _client.CertificateStatusAsync(token, higher.ProgramId);
        Assert.Equal(certificate.GetProperty("id").GetGuid(), fromOtherTopic.GetProperty("certificate").GetProperty("id").GetGuid());
        Assert.Equal("certificates.already_claimed",
            (await (await _client.PreviewAsync(token, higher.ProgramId)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var issuedFor = await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT payload->>'schemeId' FROM certificates.outbox_messages WHERE type LIKE '%CertificateIssued%' AND payload->>'teacherId' = @t",
            ("t", teacher.AccountId.ToString()));
        Assert.Equal(training.ToString(), issuedFor);

        var bystander = await _client.TeacherAsync();
        var notEnrolled = await _client.CertificateStatusAsync(bystander.Token, basic.ProgramId);
        Assert.Contains("certificates.not_enrolled", notEnrolled.UnmetCodes());
    }

    [Fact]
    public async Task Only_operators_set_a_training_certificate_and_bad_requests_get_their_codes()
    {
        var training = await CatalogSeed.TrainingAsync(api.Factory, "2024年暑期教师研修");
        var teacher = await _client.TeacherAsync();
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var date = CatalogSeed.Today(api.Factory).AddDays(30);

        Assert.Equal("auth.forbidden", (await (await _client.AdminAsync(teacher.Token, HttpMethod.Put, Url(training), new { certificateDate = date }))
            .ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.AdminAsync(null, HttpMethod.Put, Url(training), new { certificateDate = date })).StatusCode);
        Assert.Contains("certificateDate", (await (await _client.AdminAsync(op, HttpMethod.Put, Url(training), new { title = "无日期" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("title", (await (await _client.AdminAsync(op, HttpMethod.Put, Url(training), new { title = new string('研', 201), certificateDate = date }))
            .ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal("certificates.training_not_found", (await (await _client.AdminAsync(op, HttpMethod.Put, Url(Guid.CreateVersion7()), new { certificateDate = date }))
            .ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        foreach (var (method, url, token) in new[] { (HttpMethod.Put, Url(training), op), (HttpMethod.Post, CertificatesApi.StatusUrl(Guid.CreateVersion7()), teacher.Token) })
        {
            foreach (var body in new[] { "{\"certificateDate\": ", "{\"certificateDate\": 20300301, \"previewDigest\": []}", "" })
            {
                using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative))
                {
                    Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new("Bearer", token);
                Assert.Equal("request.malformed", (await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
            }
        }

        Assert.Equal("certificates.no_certificate", (await (await _client.AdminAsync(op, HttpMethod.Get, Url(training)))
            .ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        await (await _client.AdminAsync(op, HttpMethod.Put, Url(training), new { title = "  2024年暑期研修证书 ", certificateDate = date })).ReadOkAsync<JsonElement>();
        var changed = await (await _client.AdminAsync(op, HttpMethod.Put, Url(training), new { certificateDate = date.AddDays(1) })).ReadOkAsync<JsonElement>();
        Assert.Equal("2024年暑期教师研修", changed.GetProperty("title").GetString());
        var read = await (await _client.AdminAsync(op, HttpMethod.Get, Url(training))).ReadOkAsync<JsonElement>();
        Assert.Equal(date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), read.GetProperty("certificateDate").GetString());
    }
}
