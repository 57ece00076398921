using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>开始学习: who may start a playback of a resource, when, and what the player is told.</summary>
public sealed class PlaybackStartTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task An_enrolled_teacher_starts_a_video_from_the_beginning_with_the_programs_rates()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "开始播放专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);

        var started = await _client.StartPlaybackOkAsync(teacher.Token, program.ProgramId, program.QuizVideoId);

        Assert.NotEqual(Guid.Empty, started.GetProperty("playbackId").GetGuid());
        Assert.Equal(program.CourseId, started.GetProperty("courseId").GetGuid());
        Assert.Equal("video", started.GetProperty("kind").GetString());
        Assert.Equal(120, started.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(0, started.GetProperty("resumePositionSeconds").GetDouble());
        Assert.Equal(2, started.GetProperty("maxPlaybackRate").GetDouble());
        Assert.Equal([0.75, 1, 1.25, 1.5, 2], started.GetProperty("playbackRates").EnumerateArray().Select(r => r.GetDouble()));
        var quiz = started.GetProperty("quiz");
        Assert.Equal(110, quiz.GetProperty("positionSeconds").GetInt32());
        Assert.False(quiz.GetProperty("completed").GetBoolean());
        Assert.DoesNotContain("correctOption", started.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, started.GetProperty("progress").GetProperty("studySeconds").GetInt32());
        Assert.Empty(started.GetProperty("missingProfileFields").EnumerateArray());
    }

    [Fact]
    public async Task A_client_that_cannot_choose_speeds_is_told_to_update()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "旧客户端专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);

        var started = await _client.StartPlaybackOkAsync(teacher.Token, program.ProgramId, program.QuizVideoId, new { clientPlaybackRates = new[] { 1.0 } });

        var notice = Assert.Single(started.GetProperty("notices").EnumerateArray());
        Assert.Equal("learning.client_update_required", notice.GetProperty("code").GetString());
        Assert.Contains("请将客户端更新", notice.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Starting_is_refused_when_not_enrolled_archived_or_before_the_course_opens()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "拒绝播放专题", courseOpensOn: CatalogSeed.Today(api.Factory).AddDays(3));
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);

        var notEnrolled = await _client.StartPlaybackAsync(teacher.Token, program.ProgramId, program.QuizVideoId);
        Assert.Equal("learning.not_enrolled", (await notEnrolled.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);

        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var notOpen = await _client.StartPlaybackAsync(teacher.Token, program.ProgramId, program.QuizVideoId);
        var problem = await notOpen.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("learning.course_not_open", problem.Code);
        Assert.Equal(CatalogSeed.Today(api.Factory).AddDays(3).ToString("yyyy-MM-dd"), problem.Body.GetProperty("opensOn").GetString());

        var elsewhere = await CatalogSeed.OpenProgramAsync(api.Factory, "另一个专题");
        var notInProgram = await _client.StartPlaybackAsync(teacher.Token, program.ProgramId, elsewhere.QuizVideoId);
        Assert.Equal("learning.resource_not_found", (await notInProgram.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task A_required_field_left_empty_is_listed_even_for_a_complete_profile()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "心理健康专题", requiredFields: [ProgramProfileField.IsPsychologyTeacher]);
        var county = await DirectorySeed.CreateCountyAsync(api.ConnectionString);
        var school = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId);
        var teacher = await _client.TeacherAsync();
        var profile = ProfileApi.CompleteProfile(TestIdNumbers.Next(), school);
        profile["isPsychologyTeacher"] = null;
        await _client.PutProfileOkAsync(teacher.Token, profile);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);

        var started = await _client.StartPlaybackOkAsync(teacher.Token, program.ProgramId, program.TextId);

        Assert.Equal(["isPsychologyTeacher"], started.GetProperty("missingProfileFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(started.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "learning.profile_incomplete");
        Assert.Equal(60, started.GetProperty("minReadingSeconds").GetInt32());
        Assert.Equal("<p>清单</p>", started.GetProperty("textBody").GetString());
        Assert.Equal(JsonValueKind.Null, started.GetProperty("quiz").ValueKind);
    }
}
