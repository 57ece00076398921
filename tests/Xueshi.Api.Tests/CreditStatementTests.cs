using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>学习进度与认定学时: the teacher's own statement in a program, made from real progress through the API.</summary>
public sealed class CreditStatementTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_completed_video_is_credited_under_the_published_rules_and_what_is_missing_is_named()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "认定学时专题");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 60);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId, CreditRulesApi.Rules(2,
            [CreditRulesApi.PerResourceCourse(program.CourseId, 2, 2, (video, 1), (program.TextId, 1))], description: "视频与文本各认定 1 学时。"));
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);

        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 60);
        var credit = await _client.CreditOkAsync(teacher.Token, program.ProgramId);

        Assert.Equal(1, credit.GetProperty("ruleSetVersion").GetInt32());
        Assert.Equal("认定学时专题", credit.GetProperty("title").GetString());
        Assert.Equal("视频与文本各认定 1 学时。", credit.GetProperty("rulesDescription").GetString());
        Assert.Equal(1m, credit.GetProperty("creditedHours").GetDecimal());
        Assert.Equal(2m, credit.GetProperty("requiredHours").GetDecimal());
        Assert.Equal(60, credit.GetProperty("studySeconds").GetInt32());
        Assert.False(credit.GetProperty("isComplete").GetBoolean());
        Assert.Equal("provisional", credit.GetProperty("status").GetString());

        var course = CreditRulesApi.CourseIn(credit, program.CourseId);
        Assert.Equal("课堂提问的艺术", course.GetProperty("title").GetString());
        Assert.Equal(1m, course.GetProperty("creditedHours").GetDecimal());
        Assert.False(course.GetProperty("met").GetBoolean());
        // The archived video was never started: not shown. The added video is last in the chapter.
        Assert.Equal([program.QuizVideoId, program.TextId, program.ExtensionId, video],
            course.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("resourceId").GetGuid()));

        var watched = CreditRulesApi.ResourceIn(credit, video);
        Assert.Equal("completed", watched.GetProperty("state").GetString());
        Assert.Equal("video", watched.GetProperty("kind").GetString());
        Assert.Equal(100, watched.GetProperty("percentWatched").GetDouble());
        Assert.True(watched.GetProperty("counts").GetBoolean());
        Assert.Equal(1m, watched.GetProperty("creditedHours").GetDecimal());
        Assert.Empty(watched.GetProperty("reasons").EnumerateArray());

        var text = CreditRulesApi.ResourceIn(credit, program.TextId);
        Assert.Equal("notStarted", text.GetProperty("state").GetString());
        Assert.False(text.GetProperty("counts").GetBoolean());
        // Never opened: one reason says so (all of it is missing), not a list of every part.
        Assert.Equal(["credit.not_started"], CreditRulesApi.Codes(text.GetProperty("reasons")));
        var extension = CreditRulesApi.ResourceIn(credit, program.ExtensionId);
        Assert.True(extension.GetProperty("isExtension").GetBoolean());
        Assert.Contains("credit.extension", CreditRulesApi.Codes(extension.GetProperty("reasons")));
    }

    [Fact]
    public async Task The_statement_is_the_teachers_own_a_program_not_enrolled_is_refused_and_a_draft_is_not_there()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "未报名认定专题");
        var draft = await CatalogSeed.ProgramAsync(api.Factory, "草稿认定专题", CatalogSeed.Today(api.Factory), CatalogSeed.Today(api.Factory).AddDays(5),
            state: ProgramState.Draft);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);

        var notEnrolled = await _client.SendAsAsync(teacher.Token, HttpMethod.Get, $"/api/v1/programs/{program.ProgramId}/credit");
        Assert.Equal("credit.not_enrolled", (await notEnrolled.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        foreach (var missing in new[] { draft.ProgramId, Guid.CreateVersion7() })
        {
            var response = await _client.SendAsAsync(teacher.Token, HttpMethod.Get, $"/api/v1/programs/{missing}/credit");
            Assert.Equal("credit.program_not_found", (await response.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        }

        var anonymous = await _client.SendAsAsync(null, HttpMethod.Get, $"/api/v1/programs/{program.ProgramId}/credit");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Without_published_rules_progress_shows_and_nothing_is_credited_and_the_page_says_why()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "无规则专题");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 45);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        // A draft alone is not in force.
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var (_, etag) = await _client.ReadRulesAsync(op, program.ProgramId);
        await (await _client.SaveDraftAsync(op, program.ProgramId,
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (video, 1))]), etag)).ReadTaggedAsync();

        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 45);
        var credit = await _client.CreditOkAsync(teacher.Token, program.ProgramId);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, credit.GetProperty("ruleSetVersion").ValueKind);
        Assert.Equal(0m, credit.GetProperty("creditedHours").GetDecimal());
        Assert.Equal(45, credit.GetProperty("studySeconds").GetInt32());
        Assert.False(credit.GetProperty("isComplete").GetBoolean());
        var reason = Assert.Single(credit.GetProperty("unmetConditions").EnumerateArray());
        Assert.Equal("credit.rules_not_published", reason.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", reason.GetProperty("message").GetString());
        var watched = CreditRulesApi.ResourceIn(credit, video);
        Assert.Equal("completed", watched.GetProperty("state").GetString());
        Assert.False(watched.GetProperty("counts").GetBoolean());
        Assert.Equal(45, CreditRulesApi.CourseIn(credit, program.CourseId).GetProperty("studySeconds").GetInt32());
    }

    /// <summary>
    /// 心理健康教育/班主任 programs credit by the role the school verified (Accounts' verified roles, not the
    /// teacher's claim): a claimed head teacher waits for the school, a verified one is credited within the
    /// role's bounds, and a teacher in no required role has time recorded and nothing credited.
    /// </summary>
    [Fact]
    public async Task A_role_program_credits_the_role_the_school_verified_and_no_one_else()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "班主任专题");
        var first = await HeartbeatApi.AddVideoAsync(api.Factory, program, 45, position: 5);
        var second = await HeartbeatApi.AddVideoAsync(api.Factory, program, 45, position: 6);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId, new
        {
            description = "班主任完成 2 节课程认定 2 学时；心理健康教育教师完成 1 节认定 1 学时。",
            requiredTotalHours = 1m,
            maxTotalHours = (decimal?)null,
            minutesPerHour = 45,
            creditWaitsForCompleteProfile = true,
            creditWaitsForVerification = true,
            roleRequirements = new object[]
            {
                new { role = "headTeacher", minLessons = 2, minHours = 2m, maxHours = 2m },
                new { role = "psychologyTeacher", minLessons = 1, minHours = 1m, maxHours = 1m },
            },
            courses = new object[]
            {
                new
                {
                    courseId = program.CourseId, requiredHours = 0m, maxHours = (decimal?)null,
                    basis = new { kind = "perLesson", hoursPerLesson = 1m },
                    quizzesGate = false, courseTestGates = false, isExtension = false,
                },
            },
        });

        var (_, schoolId) = await DirectorySeed.CreateSchoolInNewCountyAsync(api.ConnectionString);
        var admin = await _client.SchoolAdminAsync(api.ConnectionString, schoolId);
        // CompleteProfile claims 班主任 and not 心理健康教育.
        var head = await _client.TeacherAsync();
        await _client.PutProfileOkAsync(head.Token, ProfileApi.CompleteProfile(TestIdNumbers.Next(), schoolId, "王班主任"));
        var other = await _client.TeacherAsync();
        var noRole = ProfileApi.CompleteProfile(TestIdNumbers.Next(), schoolId, "赵老师");
        noRole["isHeadTeacher"] = false;
        await _client.PutProfileOkAsync(other.Token, noRole);
        foreach (var teacher in new[] { head, other })
        {
            await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
            await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, first, 45);
            await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, second, 45);
        }

        // Claimed, not yet verified: the role's figures, nothing recognised, and the page says the school has not verified it.
        var claimed = await _client.CreditOkAsync(head.Token, program.ProgramId);
        Assert.Equal("headTeacher", claimed.GetProperty("role").GetProperty("role").GetString());
        Assert.False(claimed.GetProperty("role").GetProperty("verified").GetBoolean());
        Assert.Equal(2m, claimed.GetProperty("requiredHours").GetDecimal());
        Assert.Equal("provisional", claimed.GetProperty("status").GetString());
        Assert.False(claimed.GetProperty("isComplete").GetBoolean());

        var outcomes = await _client.DecideOkAsync(admin, schoolId, new { accountIds = new[] { head.AccountId, other.AccountId }, decision = "approve" });
        Assert.All(outcomes.Values, o => Assert.Equal("approved", o));

        var verified = await _client.CreditOkAsync(head.Token, program.ProgramId);
        Assert.True(verified.GetProperty("role").GetProperty("verified").GetBoolean());
        Assert.Equal(2, verified.GetProperty("role").GetProperty("completedLessons").GetInt32());
        Assert.Equal(2m, verified.GetProperty("creditedHours").GetDecimal());
        Assert.Equal("recognised", verified.GetProperty("status").GetString());
        Assert.True(verified.GetProperty("isComplete").GetBoolean());
        Assert.Empty(verified.GetProperty("unmetConditions").EnumerateArray());

        // Verified, but in neither role the program credits: 已学习 counts, 已认定 stays 0, and the page says why.
        var none = await _client.CreditOkAsync(other.Token, program.ProgramId);
        Assert.Equal("notEligible", none.GetProperty("status").GetString());
        Assert.Equal(90, none.GetProperty("studySeconds").GetInt32());
        Assert.Equal(0m, none.GetProperty("creditedHours").GetDecimal());
        Assert.Equal(0m, CreditRulesApi.CourseIn(none, program.CourseId).GetProperty("creditedHours").GetDecimal());
        Assert.False(none.GetProperty("isComplete").GetBoolean());
        Assert.Contains(none.GetProperty("unmetConditions").EnumerateArray(), c => c.GetProperty("code").GetString() == "credit.role_not_verified");
    }

    [Fact]
    public async Task The_progress_page_is_sent_compressed_to_a_client_that_accepts_it_and_other_answers_are_not()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "压缩专题");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 45);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 45);
        var plain = await _client.CreditOkAsync(teacher.Token, program.ProgramId);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/programs/{program.ProgramId}/credit", UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", teacher.Token);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        await using var unzipped = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        var compressed = await System.Text.Json.JsonSerializer.DeserializeAsync<System.Text.Json.JsonElement>(unzipped);
        Assert.Equal(plain.GetProperty("courses").GetRawText(), compressed.GetProperty("courses").GetRawText());
        Assert.Equal(plain.GetProperty("creditedHours").GetDecimal(), compressed.GetProperty("creditedHours").GetDecimal());

        // Opt-in per endpoint: an answer about the account is never compressed.
        using var me = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/me", UriKind.Relative));
        me.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", teacher.Token);
        me.Headers.AcceptEncoding.ParseAdd("gzip");
        using var meResponse = await _client.SendAsync(me);
        Assert.Equal(HttpStatusCode.OK, meResponse.StatusCode);
        Assert.Empty(meResponse.Content.Headers.ContentEncoding);
    }

    /// <summary>
    /// The progress page's resource rows are written by a converter of their own (for speed); what it writes
    /// must be what the API's general serializer writes for the same row, under the API's own JSON options.
    /// </summary>
    [Fact]
    public void A_resource_row_is_written_as_the_general_serializer_writes_it()
    {
        var options = api.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()
            .Value.SerializerOptions;
        // The mirror has the row's properties (same names, types, order), so a property added to the row fails here until both write it.
        Assert.Equal(
            typeof(Xueshi.CreditRules.Features.Views.ResourceCreditView).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => (p.Name, p.PropertyType)),
            typeof(ResourceRow).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => (p.Name, p.PropertyType)));

        Xueshi.CreditRules.Domain.CreditReason[][] reasons =
        [
            [],
            [new("credit.not_complete", "尚未完成：完成后才能计入学时"), new("learning.part_not_watched", "第0分00秒至第4分58秒尚未观看。")],
            [new("x.quote", "\"引号\" <b>粗体</b> & 'apostrophe' \\ 换行\n制表\t 😀 \u2028")],
            // The shared reasons without figures, which the converter keeps encoded between pages.
            [.. Xueshi.CreditRules.Domain.CreditWords.NotStartedOnly()],
            [Xueshi.CreditRules.Domain.CreditWords.NotComplete(), new("learning.quiz_not_done", "视频中的测试题尚未完成。")],
            [.. Xueshi.CreditRules.Domain.CreditWords.ExtensionOnly()],
        ];
        var rows =
            from kind in Enum.GetValues<ResourceKind>()
            from state in Enum.GetValues<Xueshi.LearningProgress.Contracts.LearningState>()
            from hours in new decimal?[] { null, 0m, 0.25m, 2.5m, 20m }
            from percent in new[] { 0, 33.3, 100, 12.345678901234567 }
            from why in reasons
            select new Xueshi.CreditRules.Features.Views.ResourceCreditView(
                Guid.CreateVersion7(), "第1节 <视频> & \"引用\"", kind, hours is null, state, percent, (int)(percent * 7), hours > 0, hours, why);

        // Twice under the API's options (the second time from what the converter kept), then under options that escape
        // differently (the default encoder, indented): what was kept for one encoder is never written for another.
        System.Text.Json.JsonSerializerOptions[] optionsInTurn =
        [
            options,
            options,
            new(options) { Encoder = null },
            new(options) { WriteIndented = true },
            options,
        ];
        foreach (var written in optionsInTurn)
        {
            foreach (var row in rows)
            {
                var mirror = new ResourceRow(row.ResourceId, row.Title, row.Kind, row.IsExtension, row.State, row.PercentWatched, row.StudySeconds,
                    row.Counts, row.CreditedHours, row.Reasons);
                Assert.Equal(System.Text.Json.JsonSerializer.Serialize(mirror, written), System.Text.Json.JsonSerializer.Serialize(row, written));
            }
        }
    }

    private sealed record ResourceRow(
        Guid ResourceId,
        string Title,
        ResourceKind Kind,
        bool IsExtension,
        Xueshi.LearningProgress.Contracts.LearningState State,
        double PercentWatched,
        int StudySeconds,
        bool Counts,
        decimal? CreditedHours,
        IReadOnlyList<Xueshi.CreditRules.Domain.CreditReason> Reasons);
}
