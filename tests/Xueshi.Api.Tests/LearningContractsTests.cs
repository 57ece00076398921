using System.Net;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>What other modules (credit rules) read of learning, and the student data cleared on an identity switch.</summary>
public sealed class LearningContractsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    [Fact]
    public async Task The_facts_of_a_program_and_of_chosen_resources_match_the_progress_page()
    {
        var program = await QuizApi.ProgramAsync(api.Factory, "事实专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var test = await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.CourseTestId);
        await _client.SubmitAttemptOkAsync(teacher.Token, test, QuizApi.Correctly(program.TestQuestions));
        await _client.StartPlaybackIdAsync(teacher.Token, program.ProgramId, program.QuizVideoId);

        var facts = await SendAsync(new GetProgramProgressFacts(teacher.AccountId, program.ProgramId));

        Assert.NotNull(facts);
        Assert.Equal([program.QuizVideoId, program.EndQuizVideoId, program.CourseTestId], facts.Select(f => f.ResourceId));
        Assert.All(facts, f => Assert.Equal(program.CourseId, f.CourseId));
        var page = await _client.ProgressOkAsync(teacher.Token, program.ProgramId);
        foreach (var fact in facts)
        {
            var shown = QuizApi.ResourceIn(page, fact.ResourceId).GetProperty("progress");
            Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(fact.State.ToString()), shown.GetProperty("state").GetString());
            Assert.Equal(fact.StudySeconds, shown.GetProperty("studySeconds").GetInt32());
            Assert.Equal(fact.WatchedSeconds, shown.GetProperty("watchedSeconds").GetInt32());
            Assert.Equal(fact.QuizCompletedAt is not null, shown.GetProperty("quizCompleted").GetBoolean());
        }

        var done = facts.Single(f => f.ResourceId == program.CourseTestId);
        Assert.Equal(LearningState.Completed, done.State);
        Assert.NotNull(done.QuizCompletedAt);
        Assert.NotNull(done.CompletedAt);
        Assert.Equal(program.ProgramId, done.CompletedInProgramId);
        Assert.Equal(LearningState.InProgress, facts.Single(f => f.ResourceId == program.QuizVideoId).State);
        Assert.Equal(LearningState.NotStarted, facts.Single(f => f.ResourceId == program.EndQuizVideoId).State);

        var chosen = await SendAsync(new GetResourceProgressFacts(teacher.AccountId, [program.CourseTestId, program.EndQuizVideoId, Guid.CreateVersion7()]));
        // The reasons are a list, which a record compares by reference: compared by their content.
        IReadOnlyList<ResourceProgressFacts> expected = [done, facts.Single(f => f.ResourceId == program.EndQuizVideoId)];
        Assert.Equal(expected.Select(f => f with { IncompleteReasons = [] }), chosen.Select(f => f with { IncompleteReasons = [] }));
        Assert.Equal(expected.Select(f => string.Join('|', f.IncompleteReasons)), chosen.Select(f => string.Join('|', f.IncompleteReasons)));
        Assert.Null(await SendAsync(new GetProgramProgressFacts(teacher.AccountId, Guid.CreateVersion7())));

        // What the credit rules read on every progress page: the resources touched only, the untouched one absent.
        var outline = await SendAsync(new GetProgramOutline(program.ProgramId));
        var touched = await SendAsync(new GetOutlineProgressFacts(teacher.AccountId, outline!));
        Assert.Equal([program.QuizVideoId, program.CourseTestId], touched.Select(f => f.ResourceId));
        Assert.Equal(
            facts.Where(f => f.State != LearningState.NotStarted).Select(f => f with { IncompleteReasons = [] }),
            touched.Select(f => f with { IncompleteReasons = [] }));
    }

    [Fact]
    public async Task Switching_from_student_clears_the_learning_recorded_as_a_student_once_however_often_the_event_comes()
    {
        var program = await QuizApi.ProgramAsync(api.Factory, "学生转教师专题", identities: [AccountIdentity.Student, AccountIdentity.Teacher]);
        var phone = TestPhones.Next();
        var accountId = await _client.RegisterAsync(phone, "小明", identity: "student");
        var token = (await _client.SignInOkAsync(phone)).AccessToken;
        await _client.EnrollOkAsync(token, program.ProgramId);
        var test = await _client.StartPlaybackIdAsync(token, program.ProgramId, program.CourseTestId);
        await _client.SubmitAttemptOkAsync(token, test, QuizApi.Correctly(program.TestQuestions));
        Assert.Equal(3L, await LearningRowsAsync(accountId));

        api.Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var switched = await _client.SendAsAsync(token, HttpMethod.Post, "/api/v1/me/identity-switch", new { identity = "teacher", confirmClearStudentData = true });
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        await Eventually.HoldsAsync(async () => await LearningRowsAsync(accountId) == 0L);
        var cleared = await _client.ProgressOkAsync(token, program.ProgramId);
        Assert.Equal("notStarted", QuizApi.ResourceIn(cleared, program.CourseTestId).GetProperty("progress").GetProperty("state").GetString());

        // Studying again as a teacher, then the same event delivered again: the new study stays.
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var again = await _client.StartPlaybackIdAsync(token, program.ProgramId, program.CourseTestId);
        await _client.SubmitAttemptOkAsync(token, again, QuizApi.Correctly(program.TestQuestions));
        var payload = await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT payload::text FROM accounts.outbox_messages WHERE type LIKE '%AccountIdentitySwitched%' AND payload->>'accountId' = @id", ("id", accountId.ToString()));
        var redelivered = JsonSerializer.Deserialize<AccountIdentitySwitched>(payload!, ApiResponses.JsonOptions)!;
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(redelivered);
        }

        Assert.Equal(3L, await LearningRowsAsync(accountId));
        Assert.Equal("completed", QuizApi.ResourceIn(await _client.ProgressOkAsync(token, program.ProgramId), program.CourseTestId)
            .GetProperty("progress").GetProperty("state").GetString());
        Assert.Equal(1L, await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM learning_progress.inbox_messages WHERE event_id = @id", ("id", redelivered.EventId)));
    }

    private Task<long> LearningRowsAsync(Guid accountId) => DirectorySql.ScalarAsync<long>(api.ConnectionString, """
        SELECT (SELECT count(*) FROM learning_progress.playbacks WHERE teacher_id = @id)
             + (SELECT count(*) FROM learning_progress.resource_progress WHERE teacher_id = @id)
             + (SELECT count(*) FROM learning_progress.quiz_attempts WHERE teacher_id = @id)
        """, ("id", accountId));
}
