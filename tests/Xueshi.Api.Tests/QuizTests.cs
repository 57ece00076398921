using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>测试题 and 课程测试: delivered without answers, graded on the server, every attempt kept, completion once.</summary>
public sealed class QuizTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<(QuizProgram Program, SignedInTeacher Teacher)> EnrolledAsync(string title, QuizCompletion completion = QuizCompletion.AllAnswered)
    {
        var program = await QuizApi.ProgramAsync(api.Factory, title, completion);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        return (program, teacher);
    }

    [Fact]
    public async Task A_course_test_is_delivered_at_once_without_its_answers_and_completes_on_an_all_answered_attempt()
    {
        var (program, teacher) = await EnrolledAsync("课程测试专题");
        var playback = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.CourseTestId);

        var quiz = await _client.GetQuizOkAsync(teacher.Token, playback);
        Assert.Equal(3, quiz.GetProperty("questions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, quiz.GetProperty("positionSeconds").ValueKind);
        Assert.False(quiz.GetProperty("completed").GetBoolean());
        Assert.False(quiz.GetProperty("requiresCorrectAnswers").GetBoolean());
        Assert.Equal(["singleChoice", "multipleChoice", "trueFalse"], quiz.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("kind").GetString()));
        Assert.DoesNotContain("correctOption", quiz.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.All(quiz.GetProperty("questions").EnumerateArray().SelectMany(q => q.GetProperty("options").EnumerateArray()),
            o => Assert.Equal(["optionId", "text"], o.EnumerateObject().Select(p => p.Name)));

        // Answered, but the multiple-choice question only half right: under the default rule it is complete anyway (完成测试题).
        var answers = QuizApi.Correctly(program.TestQuestions);
        answers[1] = new { questionId = program.TestQuestions[1].QuestionId, optionIds = new[] { program.TestQuestions[1].CorrectOptionIds[0] } };
        var result = await _client.SubmitAttemptOkAsync(teacher.Token, playback, answers);

        Assert.True(result.GetProperty("quizCompleted").GetBoolean());
        Assert.Equal(3, result.GetProperty("answeredCount").GetInt32());
        Assert.Equal(2, result.GetProperty("correctCount").GetInt32());
        var multiple = result.GetProperty("results")[1];
        Assert.False(multiple.GetProperty("correct").GetBoolean());
        Assert.Equal(program.TestQuestions[1].CorrectOptionIds.Order(), multiple.GetProperty("correctOptionIds").EnumerateArray().Select(o => o.GetGuid()).Order());
        Assert.Equal("completed", result.GetProperty("progress").GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, result.GetProperty("progress").GetProperty("completedAt").ValueKind);
        Assert.Equal(1L, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));

        // Taken again: kept as an attempt, completed once, published once.
        await _client.SubmitAttemptOkAsync(teacher.Token, playback, QuizApi.Correctly(program.TestQuestions));
        Assert.Equal(2, (await _client.GetQuizOkAsync(teacher.Token, playback)).GetProperty("attemptCount").GetInt32());
        Assert.Equal(2L, await QuizApi.AttemptRowsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));
        Assert.Equal(1L, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));
    }

    [Fact]
    public async Task An_unanswered_question_leaves_the_test_open_and_the_answers_hidden()
    {
        var (program, teacher) = await EnrolledAsync("漏答专题");
        var playback = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.CourseTestId);

        var result = await _client.SubmitAttemptOkAsync(teacher.Token, playback, QuizApi.Correctly(program.TestQuestions.Take(2)));

        Assert.False(result.GetProperty("quizCompleted").GetBoolean());
        Assert.Equal(2, result.GetProperty("answeredCount").GetInt32());
        Assert.False(result.GetProperty("results")[2].GetProperty("answered").GetBoolean());
        Assert.All(result.GetProperty("results").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("correctOptionIds").ValueKind));
        Assert.Equal("inProgress", result.GetProperty("progress").GetProperty("state").GetString());
        Assert.Equal(0L, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));
    }

    [Fact]
    public async Task Under_all_correct_a_wrong_attempt_is_kept_and_retried_until_it_passes()
    {
        var (program, teacher) = await EnrolledAsync("全对专题", QuizCompletion.AllCorrect);
        var playback = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.CourseTestId);
        Assert.True((await _client.GetQuizOkAsync(teacher.Token, playback)).GetProperty("requiresCorrectAnswers").GetBoolean());

        var wrong = await _client.SubmitAttemptOkAsync(teacher.Token, playback, QuizApi.Wrongly(program.TestQuestions));
        Assert.False(wrong.GetProperty("quizCompleted").GetBoolean());
        Assert.Equal(3, wrong.GetProperty("answeredCount").GetInt32());
        Assert.Equal(0, wrong.GetProperty("correctCount").GetInt32());
        Assert.All(wrong.GetProperty("results").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("correctOptionIds").ValueKind));
        Assert.Equal("inProgress", wrong.GetProperty("progress").GetProperty("state").GetString());

        var right = await _client.SubmitAttemptOkAsync(teacher.Token, playback, QuizApi.Correctly(program.TestQuestions));
        Assert.True(right.GetProperty("quizCompleted").GetBoolean());
        Assert.Equal("completed", right.GetProperty("progress").GetProperty("state").GetString());
        Assert.Equal(2L, await QuizApi.AttemptRowsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));
        Assert.Equal(1L, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));
    }

    [Fact]
    public async Task Two_attempts_at_once_complete_the_test_once_and_publish_once()
    {
        var (program, teacher) = await EnrolledAsync("并发测试专题");
        var first = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.CourseTestId);
        var second = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.CourseTestId);

        var results = await Task.WhenAll(
            _client.SubmitAttemptOkAsync(teacher.Token, first, QuizApi.Correctly(program.TestQuestions)),
            _client.SubmitAttemptOkAsync(teacher.Token, second, QuizApi.Correctly(program.TestQuestions)));

        Assert.All(results, r => Assert.True(r.GetProperty("quizCompleted").GetBoolean()));
        Assert.Single(results.Select(r => r.GetProperty("progress").GetProperty("completedAt").GetDateTimeOffset()).Distinct());
        Assert.Equal(2L, await QuizApi.AttemptRowsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));
        Assert.Equal(1L, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));
    }

    [Fact]
    public async Task Answers_outside_the_quiz_are_refused_and_nothing_is_kept()
    {
        var (program, teacher) = await EnrolledAsync("无效答案专题");
        var playback = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.CourseTestId);
        var single = program.TestQuestions[0];
        var trueFalse = program.TestQuestions[2];

        object[][] invalid =
        [
            [new { questionId = Guid.CreateVersion7(), optionIds = new[] { single.OptionIds[0] } }],
            [new { questionId = single.QuestionId, optionIds = new[] { Guid.CreateVersion7() } }],
            [new { questionId = single.QuestionId, optionIds = new[] { program.TestQuestions[1].OptionIds[0] } }],
            [new { questionId = single.QuestionId, optionIds = single.OptionIds.Take(2).ToArray() }],
            [new { questionId = trueFalse.QuestionId, optionIds = trueFalse.OptionIds.ToArray() }],
            [new { questionId = single.QuestionId, optionIds = new[] { single.OptionIds[0] } }, new { questionId = single.QuestionId, optionIds = new[] { single.OptionIds[1] } }],
        ];
        foreach (var answers in invalid)
        {
            var problem = await (await _client.SubmitAttemptAsync(teacher.Token, playback, answers)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("learning.quiz_answer_invalid", problem.Code);
        }

        Assert.Equal(0L, await QuizApi.AttemptRowsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));
        Assert.Equal(0, (await _client.GetQuizOkAsync(teacher.Token, playback)).GetProperty("attemptCount").GetInt32());
    }

    [Fact]
    public async Task A_video_quiz_is_not_delivered_before_its_position()
    {
        var (program, teacher) = await EnrolledAsync("未到测试题专题");
        var playback = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.QuizVideoId);

        Assert.Equal("learning.quiz_not_reached", (await (await _client.GetQuizAsync(teacher.Token, playback)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var early = await _client.SubmitAttemptAsync(teacher.Token, playback, QuizApi.Correctly([program.VideoQuestion]));
        Assert.Equal("learning.quiz_not_reached", (await early.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(0L, await QuizApi.AttemptRowsAsync(api.ConnectionString, teacher.AccountId, program.QuizVideoId));
    }

    [Fact]
    public async Task Someone_elses_playback_is_not_found_an_expired_one_is_gone_and_a_resource_without_a_quiz_has_none()
    {
        var (program, teacher) = await EnrolledAsync("他人播放专题");
        var playback = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.CourseTestId);
        var other = await _client.TeacherAtSchoolAsync(api.ConnectionString, realName: "李四");

        Assert.Equal("learning.playback_not_found", (await (await _client.GetQuizAsync(other.Token, playback)).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        var stolen = await _client.SubmitAttemptAsync(other.Token, playback, QuizApi.Correctly(program.TestQuestions));
        Assert.Equal("learning.playback_not_found", (await stolen.ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var seeded = await CatalogSeed.OpenProgramAsync(api.Factory, "无测试题专题");
        await _client.EnrollOkAsync(teacher.Token, seeded.ProgramId);
        var text = await _client.StartPlaybackIdAsync(teacher.Token, seeded.ProgramId, seeded.TextId);
        Assert.Equal("learning.quiz_not_found", (await (await _client.GetQuizAsync(teacher.Token, text)).ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        // Half an hour without a heartbeat ends a playback (the access token too: sign in again).
        api.Factory.Clock.Advance(TimeSpan.FromMinutes(31));
        try
        {
            var token = (await _client.SignInOkAsync(teacher.Phone)).AccessToken;
            Assert.Equal("learning.playback_expired", (await (await _client.GetQuizAsync(token, playback)).ReadProblemAsync(HttpStatusCode.Gone)).Code);
            var late = await _client.SubmitAttemptAsync(token, playback, QuizApi.Correctly(program.TestQuestions));
            Assert.Equal("learning.playback_expired", (await late.ReadProblemAsync(HttpStatusCode.Gone)).Code);
        }
        finally
        {
            api.Factory.Clock.Advance(TimeSpan.FromMinutes(-31));
        }

        Assert.Equal(0L, await QuizApi.AttemptRowsAsync(api.ConnectionString, teacher.AccountId, program.CourseTestId));
    }
}
