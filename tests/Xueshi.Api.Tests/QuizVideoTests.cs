using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// A video's quiz with real heartbeats (the test clock moves instead of sleeping): it is delivered at its
/// position, it gates completion, and the rest after it counts only when watched after the quiz
/// (必须完成所选课程视频中的测试题，并看完测试题后剩余的视频).
/// </summary>
public sealed class QuizVideoTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<(QuizProgram Program, SignedInTeacher Teacher)> EnrolledAsync(string title)
    {
        var program = await QuizApi.ProgramAsync(api.Factory, title);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        return (program, teacher);
    }

    private static string State(JsonElement progress) => progress.GetProperty("state").GetString()!;

    [Fact]
    public async Task The_quiz_gates_completion_and_the_rest_after_it_must_be_watched_after_the_quiz()
    {
        var (program, teacher) = await EnrolledAsync("测试题把关专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.QuizVideoId);
        await player.PlayAsync();

        var atQuiz = await player.PlayToAsync(110, rate: 2);
        Assert.True(atQuiz.GetProperty("quizDue").GetBoolean());
        // Played on to the end before answering: nothing after the quiz is credited.
        var end = await player.PlayToAsync(120, rate: 2);
        Assert.Equal([(0, 110)], end.Ranges());
        Assert.Equal("inProgress", State(end.Progress()));

        var before = QuizApi.ResourceIn(await _client.ProgressOkAsync(teacher.Token, program.ProgramId), program.QuizVideoId);
        Assert.Equal(["learning.quiz_not_done", "learning.rest_after_quiz_not_watched"],
            before.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(0, before.GetProperty("progress").GetProperty("studySeconds").GetInt32());

        var quiz = await _client.GetQuizOkAsync(teacher.Token, player.PlaybackId);
        Assert.Equal(110, quiz.GetProperty("positionSeconds").GetInt32());
        Assert.DoesNotContain("correctOption", quiz.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var answered = await _client.SubmitAttemptOkAsync(teacher.Token, player.PlaybackId, QuizApi.Correctly([program.VideoQuestion]));
        Assert.True(answered.GetProperty("quizCompleted").GetBoolean());
        Assert.Equal("inProgress", State(answered.GetProperty("progress")));
        Assert.Equal(0L, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.QuizVideoId));

        var rest = QuizApi.ResourceIn(await _client.ProgressOkAsync(teacher.Token, program.ProgramId), program.QuizVideoId);
        var reason = rest.GetProperty("reasons").EnumerateArray().Single();
        Assert.Equal("learning.rest_after_quiz_not_watched", reason.GetProperty("code").GetString());
        Assert.Contains("第1分50秒至第1分58秒", reason.GetProperty("message").GetString(), StringComparison.Ordinal);

        // Back to the quiz and on to the end, after the quiz: now it is complete, with its whole duration as 已学习.
        await player.SeekAsync(110);
        var done = await player.PlayToAsync(120);
        Assert.Equal("completed", State(done.Progress()));
        Assert.Equal(120, done.Progress().GetProperty("studySeconds").GetInt32());
        Assert.Equal(1L, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.QuizVideoId));

        var page = await _client.ProgressOkAsync(teacher.Token, program.ProgramId);
        var completed = QuizApi.ResourceIn(page, program.QuizVideoId);
        Assert.Empty(completed.GetProperty("reasons").EnumerateArray());
        Assert.Equal(0, completed.GetProperty("resumePositionSeconds").GetDouble());
        Assert.Equal(100, completed.GetProperty("progress").GetProperty("percentWatched").GetDouble());
        Assert.Equal(120, page.GetProperty("studySeconds").GetInt32());
        Assert.Equal(120, page.GetProperty("courses")[0].GetProperty("studySeconds").GetInt32());
        Assert.Equal(1, page.GetProperty("completedCount").GetInt32());
    }

    [Fact]
    public async Task A_quiz_at_the_very_end_completes_the_video_when_it_is_answered()
    {
        var (program, teacher) = await EnrolledAsync("结尾测试题专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.EndQuizVideoId);
        await player.PlayAsync();
        var end = await player.PlayToAsync(30);
        Assert.Equal("inProgress", State(end.Progress()));
        Assert.True(end.GetProperty("quizDue").GetBoolean());

        var wrong = await _client.SubmitAttemptOkAsync(teacher.Token, player.PlaybackId, QuizApi.Wrongly([program.EndQuestion]));

        // Answered (wrongly) completes the quiz under the default rule, and with it the video.
        Assert.True(wrong.GetProperty("quizCompleted").GetBoolean());
        Assert.Equal("completed", State(wrong.GetProperty("progress")));
        Assert.Equal(30, wrong.GetProperty("progress").GetProperty("studySeconds").GetInt32());
        Assert.Equal(program.EndQuestion.CorrectOptionIds, wrong.GetProperty("results")[0].GetProperty("correctOptionIds").EnumerateArray().Select(o => o.GetGuid()));
        Assert.Equal(1L, await HeartbeatApi.CompletedEventsAsync(api.ConnectionString, teacher.AccountId, program.EndQuizVideoId));
        Assert.Equal(1L, await QuizApi.AttemptRowsAsync(api.ConnectionString, teacher.AccountId, program.EndQuizVideoId));
    }

    [Fact]
    public async Task A_partly_watched_video_adds_nothing_to_study_time_and_says_which_minutes_are_missing()
    {
        var (program, teacher) = await EnrolledAsync("部分观看专题");
        var player = await _client.StartPlayerAsync(api.Factory, teacher.Token, program.ProgramId, program.QuizVideoId);
        await player.PlayAsync();
        await player.PlayToAsync(20);
        await player.SeekAsync(40);
        await player.PlayToAsync(75);
        await player.PauseAsync();

        var page = await _client.ProgressOkAsync(teacher.Token, program.ProgramId);

        var video = QuizApi.ResourceIn(page, program.QuizVideoId);
        var progress = video.GetProperty("progress");
        Assert.Equal("inProgress", State(progress));
        Assert.Equal(55, progress.GetProperty("watchedSeconds").GetInt32());
        Assert.Equal(0, progress.GetProperty("studySeconds").GetInt32());
        Assert.Equal(75, video.GetProperty("resumePositionSeconds").GetDouble());
        var reasons = video.GetProperty("reasons");
        Assert.Equal("learning.part_not_watched", reasons[0].GetProperty("code").GetString());
        Assert.Equal("第0分20秒至第0分40秒、第1分15秒至第1分50秒尚未观看。", reasons[0].GetProperty("message").GetString());
        Assert.Equal(0, page.GetProperty("studySeconds").GetInt32());

        // The contracts say the same.
        var facts = await QuizApi.FactsAsync(api.Factory, teacher.AccountId, program.ProgramId);
        var fact = facts.Single(f => f.ResourceId == program.QuizVideoId);
        Assert.Equal((55, 0), (fact.WatchedSeconds, fact.StudySeconds));
        Assert.True(fact.WatchTimeSeconds > 0);
    }
}
