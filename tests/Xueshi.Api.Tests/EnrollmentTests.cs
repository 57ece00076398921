using System.Net;
using System.Text.Json;
using Xueshi.Accounts.Contracts;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Api.Tests;

/// <summary>立即报名: who may enroll, when, what they are told, and that enrolling twice changes nothing.</summary>
public sealed class EnrollmentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_teacher_enrolls_once_and_enrolling_again_answers_the_same_enrollment()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "报名幂等专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        var before = await _client.GetOkAsync(teacher.Token, $"/api/v1/programs/{program.ProgramId}/enrollment");
        Assert.False(before.GetProperty("enrolled").GetBoolean());

        var first = await _client.EnrollOkAsync(teacher.Token, program.ProgramId, HttpStatusCode.Created);
        var second = await _client.EnrollOkAsync(teacher.Token, program.ProgramId, HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("enrollmentId").GetGuid(), second.GetProperty("enrollmentId").GetGuid());
        Assert.Empty(first.GetProperty("notices").EnumerateArray());
        Assert.Equal(1, await CatalogSeed.EnrollmentRowsAsync(api.ConnectionString, teacher.AccountId));
        Assert.Equal(1, await CatalogSeed.OutboxCountAsync(api.ConnectionString, "TeacherEnrolled", teacher.AccountId, program.ProgramId));

        var mine = await _client.GetOkAsync(teacher.Token, $"/api/v1/programs/{program.ProgramId}/enrollment");
        Assert.True(mine.GetProperty("enrolled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("enrolledThroughProgramId").ValueKind);
        var myPrograms = await _client.GetOkAsync(teacher.Token, "/api/v1/me/enrollments");
        var item = Assert.Single(myPrograms.EnumerateArray());
        Assert.Equal(program.ProgramId, item.GetProperty("programId").GetGuid());
        Assert.Equal("open", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Concurrent_enrollments_make_one_row_and_one_event()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "并发报名专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _client.EnrollAsync(teacher.Token, program.ProgramId)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await response.ReadOkAsync<JsonElement>(response.StatusCode)).GetProperty("enrollmentId").GetGuid());
        }

        Assert.Single(ids);
        Assert.Equal(1, await CatalogSeed.EnrollmentRowsAsync(api.ConnectionString, teacher.AccountId));
        Assert.Equal(1, await CatalogSeed.OutboxCountAsync(api.ConnectionString, "TeacherEnrolled", teacher.AccountId, program.ProgramId));
    }

    [Fact]
    public async Task A_draft_is_invisible_and_a_closed_program_refuses_enrollment()
    {
        var today = CatalogSeed.Today(api.Factory);
        var draft = await CatalogSeed.ProgramAsync(api.Factory, "草稿专题", today.AddDays(-1), today.AddDays(5), ProgramState.Draft);
        var closed = await CatalogSeed.ProgramAsync(api.Factory, "已关闭专题", today.AddDays(-1), today.AddDays(5), ProgramState.Closed);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);

        foreach (var url in new[]
                 {
                     $"/api/v1/programs/{draft.ProgramId}", $"/api/v1/programs/{draft.ProgramId}/enrollment",
                     $"/api/v1/programs/{draft.ProgramId}/enrollment-check", $"/api/v1/programs/{draft.ProgramId}/courses/{draft.CourseId}",
                 })
        {
            var problem = await (await _client.SendAsAsync(teacher.Token, HttpMethod.Get, url)).ReadProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal("enrollment.program_not_found", problem.Code);
        }

        Assert.Equal("enrollment.program_not_found",
            (await (await _client.EnrollAsync(teacher.Token, draft.ProgramId)).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal("enrollment.course_not_found",
            (await (await _client.SendAsAsync(teacher.Token, HttpMethod.Get, $"/api/v1/courses/{draft.CourseId}/reviews"))
                .ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsAsync(teacher.Token, HttpMethod.Get, $"/api/v1/programs/{closed.ProgramId}")).StatusCode);
        Assert.Equal("enrollment.not_published",
            (await (await _client.EnrollAsync(teacher.Token, closed.ProgramId)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
    }

    [Fact]
    public async Task Outside_its_window_a_program_refuses_with_before_or_after_window()
    {
        var today = CatalogSeed.Today(api.Factory);
        var upcoming = await CatalogSeed.ProgramAsync(api.Factory, "明日开始专题", today.AddDays(1), today.AddDays(30));
        var ended = await CatalogSeed.ProgramAsync(api.Factory, "昨日结束专题", today.AddDays(-30), today.AddDays(-1));
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);

        Assert.Equal("enrollment.before_window",
            (await (await _client.EnrollAsync(teacher.Token, upcoming.ProgramId)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
        Assert.Equal("enrollment.after_window",
            (await (await _client.EnrollAsync(teacher.Token, ended.ProgramId)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
        var check = await _client.GetOkAsync(teacher.Token, $"/api/v1/programs/{upcoming.ProgramId}/enrollment-check");
        Assert.False(check.GetProperty("canEnroll").GetBoolean());
        Assert.Equal("enrollment.before_window", check.GetProperty("refusal").GetProperty("code").GetString());
        Assert.Equal(0, await CatalogSeed.EnrollmentRowsAsync(api.ConnectionString, teacher.AccountId));
    }

    [Fact]
    public async Task A_school_whose_xuezhi_the_program_does_not_admit_is_refused_with_the_programs_message_and_redirect()
    {
        var vocational = await CatalogSeed.OpenProgramAsync(api.Factory, "职业教育专题");
        var basic = await CatalogSeed.OpenProgramAsync(api.Factory, "基础教育专题",
            new SchoolSystemPolicy(SchoolSystemPolicy.BasicEducation, SchoolSystemPolicy.BasicEducationRefusal, vocational.ProgramId));
        var vocationalTeacher = await _client.TeacherAtSchoolAsync(api.ConnectionString, "SecondaryVocational");
        var primaryTeacher = await _client.TeacherAtSchoolAsync(api.ConnectionString, "Primary");

        var problem = await (await _client.EnrollAsync(vocationalTeacher.Token, basic.ProgramId)).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("enrollment.school_system_not_admitted", problem.Code);
        Assert.Equal(SchoolSystemPolicy.BasicEducationRefusal, problem.Body.GetProperty("message").GetString());
        Assert.Equal(vocational.ProgramId, problem.Body.GetProperty("redirectProgramId").GetGuid());
        Assert.Equal("职业教育专题", problem.Body.GetProperty("redirectProgramTitle").GetString());

        var check = await _client.GetOkAsync(vocationalTeacher.Token, $"/api/v1/programs/{basic.ProgramId}/enrollment-check");
        Assert.False(check.GetProperty("canEnroll").GetBoolean());
        Assert.Equal(SchoolSystemPolicy.BasicEducationRefusal, check.GetProperty("refusal").GetProperty("message").GetString());
        Assert.Equal(vocational.ProgramId, check.GetProperty("refusal").GetProperty("redirectProgramId").GetGuid());

        await _client.EnrollOkAsync(vocationalTeacher.Token, vocational.ProgramId);
        await _client.EnrollOkAsync(primaryTeacher.Token, basic.ProgramId);
    }

    [Fact]
    public async Task A_student_is_told_to_switch_to_teacher_and_a_staff_identity_enrolls_where_the_program_lists_it()
    {
        var teachersOnly = await CatalogSeed.OpenProgramAsync(api.Factory, "仅教师专题");
        var withResearchers = await CatalogSeed.OpenProgramAsync(api.Factory, "教研员可报专题",
            identities: [AccountIdentity.Teacher, AccountIdentity.Researcher]);
        var researcherPhone = TestPhones.Next();
        await _client.RegisterAsync(researcherPhone, "王教研员", identity: "researcher");
        var researcher = (await _client.SignInOkAsync(researcherPhone)).AccessToken;

        var studentPhone = TestPhones.Next();
        await _client.RegisterAsync(studentPhone, "小红", identity: "student");
        var studentToken = (await _client.SignInOkAsync(studentPhone)).AccessToken;
        var refused = await (await _client.EnrollAsync(studentToken, teachersOnly.ProgramId)).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("enrollment.identity_not_admitted", refused.Code);
        Assert.Contains("教师", refused.Title, StringComparison.Ordinal);

        Assert.Equal("enrollment.identity_not_admitted",
            (await (await _client.EnrollAsync(researcher, teachersOnly.ProgramId)).ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        await _client.EnrollOkAsync(researcher, withResearchers.ProgramId);
    }

    [Fact]
    public async Task An_incomplete_profile_enrolls_and_is_told_credit_waits_for_it()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "心理健康专题",
            requiredFields: [ProgramProfileField.IsPsychologyTeacher, ProgramProfileField.IsHeadTeacher]);
        var teacher = await _client.TeacherAsync();

        var check = await _client.GetOkAsync(teacher.Token, $"/api/v1/programs/{program.ProgramId}/enrollment-check");
        Assert.True(check.GetProperty("canEnroll").GetBoolean());
        var missing = check.GetProperty("missingFields").Strings();
        Assert.Contains("realName", missing);
        Assert.Contains("isPsychologyTeacher", missing);
        Assert.Contains("isHeadTeacher", missing);

        var enrolled = await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var notice = Assert.Single(enrolled.GetProperty("notices").EnumerateArray());
        Assert.Equal("enrollment.profile_incomplete", notice.GetProperty("code").GetString());
        Assert.Contains("请完善个人信息后再进入学习，否则无法认定培训学时", notice.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("schoolId", notice.GetProperty("missingFields").Strings());
    }

    [Fact]
    public async Task A_teacher_at_other_enrolls_even_in_a_program_that_limits_xuezhi_and_is_told_to_pick_the_school_later()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "其他学校可报专题",
            new SchoolSystemPolicy(SchoolSystemPolicy.BasicEducation, SchoolSystemPolicy.BasicEducationRefusal, null));
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString, otherSchool: true);

        var check = await _client.GetOkAsync(teacher.Token, $"/api/v1/programs/{program.ProgramId}/enrollment-check");
        Assert.True(check.GetProperty("profile").GetProperty("isOtherSchool").GetBoolean());
        var enrolled = await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var notice = Assert.Single(enrolled.GetProperty("notices").EnumerateArray());
        Assert.Equal("enrollment.other_school", notice.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_dialog_shows_the_profile_for_checking_with_the_ID_number_masked()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "核实信息专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString, realName: "李秀英");

        var check = await _client.GetOkAsync(teacher.Token, $"/api/v1/programs/{program.ProgramId}/enrollment-check");

        var profile = check.GetProperty("profile");
        Assert.Equal("李秀英", profile.GetProperty("realName").GetString());
        Assert.Matches(@"^37\*+\w\w$", profile.GetProperty("idNumberMasked").GetString()!);
        Assert.StartsWith("测试小学", profile.GetProperty("schoolName").GetString(), StringComparison.Ordinal);
        Assert.Equal(["山东省", "济南市", "历下区"], profile.GetProperty("regionPath").Strings());
        Assert.Empty(check.GetProperty("missingFields").EnumerateArray());
        Assert.False(check.GetProperty("enrolled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, check.GetProperty("refusal").ValueKind);
    }

    [Fact]
    public async Task Enrollment_in_the_program_courses_are_carried_over_from_counts_without_a_second_enrollment()
    {
        var source = await CatalogSeed.OpenProgramAsync(api.Factory, "2023年师德集中学习教育");
        var summer = await CatalogSeed.OpenProgramAsync(api.Factory, "2023年暑期教师研修");
        await CatalogSeed.AttachCourseAsync(api.Factory, summer.ProgramId, source.CourseId, 2, carriedFromProgramId: source.ProgramId);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        var sourceEnrollment = await _client.EnrollOkAsync(teacher.Token, source.ProgramId);

        var mine = await _client.GetOkAsync(teacher.Token, $"/api/v1/programs/{summer.ProgramId}/enrollment");
        Assert.True(mine.GetProperty("enrolled").GetBoolean());
        Assert.Equal(source.ProgramId, mine.GetProperty("enrolledThroughProgramId").GetGuid());

        var again = await _client.EnrollOkAsync(teacher.Token, summer.ProgramId, HttpStatusCode.OK);
        Assert.Equal(sourceEnrollment.GetProperty("enrollmentId").GetGuid(), again.GetProperty("enrollmentId").GetGuid());
        Assert.Equal(source.ProgramId, again.GetProperty("enrolledThroughProgramId").GetGuid());
        Assert.Equal("2023年师德集中学习教育", again.GetProperty("enrolledThroughProgramTitle").GetString());
        Assert.Equal(1, await CatalogSeed.EnrollmentRowsAsync(api.ConnectionString, teacher.AccountId));
        Assert.Equal(0, await CatalogSeed.OutboxCountAsync(api.ConnectionString, "TeacherEnrolled", teacher.AccountId, summer.ProgramId));

        var myPrograms = (await _client.GetOkAsync(teacher.Token, "/api/v1/me/enrollments")).EnumerateArray().ToList();
        Assert.Equal(2, myPrograms.Count);
        var carried = Assert.Single(myPrograms, p => p.GetProperty("programId").GetGuid() == summer.ProgramId);
        Assert.Equal(source.ProgramId, carried.GetProperty("enrolledThroughProgramId").GetGuid());
    }
}
