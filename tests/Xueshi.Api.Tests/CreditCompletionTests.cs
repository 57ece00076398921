using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.CreditRules.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>结业 for other modules: GetProgramCompletion, and ProgramCompleted through the outbox exactly once per teacher and program.</summary>
public sealed class CreditCompletionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    [Fact]
    public async Task GetProgramCompletion_gives_the_hours_per_course_the_version_and_what_is_unmet()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "结业查询专题");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);

        var unpublished = await SendAsync(new GetProgramCompletion(teacher.AccountId, program.ProgramId));
        Assert.NotNull(unpublished);
        Assert.Null(unpublished.RuleSetVersion);
        Assert.False(unpublished.IsComplete);
        Assert.Equal(["credit.rules_not_published"], unpublished.UnmetConditions.Select(c => c.Code));

        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId,
            CreditRulesApi.Rules(2, [CreditRulesApi.PerResourceCourse(program.CourseId, 2, 2, (video, 1), (program.TextId, 1))]));
        var halfway = await SendAsync(new GetProgramCompletion(teacher.AccountId, program.ProgramId));

        Assert.NotNull(halfway);
        Assert.Equal(1, halfway.RuleSetVersion);
        Assert.False(halfway.IsComplete);
        Assert.False(halfway.HoursMet);
        Assert.Equal(1m, halfway.CreditedHours);
        Assert.Equal(2m, halfway.RequiredHours);
        Assert.Equal(30, halfway.StudySeconds);
        var course = Assert.Single(halfway.Courses);
        Assert.Equal((program.CourseId, "课堂提问的艺术", 1m, 2m), (course.CourseId, course.Title, course.CreditedHours, course.RequiredHours));
        Assert.NotEmpty(halfway.UnmetConditions);
        Assert.All(halfway.UnmetConditions, c => Assert.StartsWith("credit.", c.Code, StringComparison.Ordinal));

        await _client.ReadTextAsync(api.Factory, teacher.Token, program.ProgramId, program.TextId);
        var complete = await SendAsync(new GetProgramCompletion(teacher.AccountId, program.ProgramId));
        Assert.NotNull(complete);
        Assert.True(complete.IsComplete);
        Assert.Equal(2m, complete.CreditedHours);
        Assert.Empty(complete.UnmetConditions);

        Assert.Null(await SendAsync(new GetProgramCompletion(teacher.AccountId, Guid.CreateVersion7())));
    }

    [Fact]
    public async Task Completing_the_last_resource_publishes_ProgramCompleted_once_however_often_and_however_concurrently_events_arrive()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "结业事件专题");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId,
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (video, 1))]));
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);

        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);
        var completed = await ResourceCompletedAsync(teacher.AccountId, video);
        await Eventually.HoldsAsync(async () => await ProgramCompletedCountAsync(teacher.AccountId, program.ProgramId) == 1);

        // The same event again, twice at once, and another event of the same completion (a second delivery path).
        await Task.WhenAll(PublishAsync(completed), PublishAsync(completed), PublishAsync(completed with { EventId = Guid.CreateVersion7() }));

        Assert.Equal(1L, await ProgramCompletedCountAsync(teacher.AccountId, program.ProgramId));
        Assert.Equal(1L, await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM credit_rules.completions WHERE teacher_id = @t AND program_id = @p", ("t", teacher.AccountId), ("p", program.ProgramId)));
        var payload = await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT payload::text FROM credit_rules.outbox_messages WHERE type LIKE '%ProgramCompleted%' AND payload->>'teacherId' = @t",
            ("t", teacher.AccountId.ToString()));
        var @event = JsonSerializer.Deserialize<ProgramCompleted>(payload!, ApiResponses.JsonOptions)!;
        Assert.Equal((program.ProgramId, 1, 1m), (@event.ProgramId, @event.RuleSetVersion, @event.CreditedHours));
    }

    [Fact]
    public async Task Two_different_events_racing_for_the_same_completion_publish_it_once()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "结业竞争专题");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);
        var completed = await ResourceCompletedAsync(teacher.AccountId, video);
        // Delivered while no rules were in force: nothing to complete yet.
        await Eventually.HoldsAsync(async () => await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM credit_rules.inbox_messages WHERE event_id = @id", ("id", completed.EventId)) == 1);
        Assert.Equal(0L, await ProgramCompletedCountAsync(teacher.AccountId, program.ProgramId));
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId,
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (video, 1))]));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PublishAsync(completed with { EventId = Guid.CreateVersion7() })));

        Assert.Equal(1L, await ProgramCompletedCountAsync(teacher.AccountId, program.ProgramId));
    }

    [Fact]
    public async Task Hours_waiting_for_verification_are_recognised_when_the_school_approves_and_ProgramCompleted_follows()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "待审核结业专题");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId,
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (video, 1))], waitsForVerification: true));
        var county = await DirectorySeed.CreateCountyAsync(api.ConnectionString);
        var school = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId);
        var teacher = await _client.TeacherAsync();
        await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(TestIdNumbers.Next(), school));
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);
        var completed = await ResourceCompletedAsync(teacher.AccountId, video);
        await Eventually.HoldsAsync(async () => await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM credit_rules.inbox_messages WHERE event_id = @id", ("id", completed.EventId)) == 1);

        var pending = await _client.CreditOkAsync(teacher.Token, program.ProgramId);
        Assert.True(pending.GetProperty("hoursMet").GetBoolean());
        Assert.False(pending.GetProperty("isComplete").GetBoolean());
        Assert.Equal("provisional", pending.GetProperty("status").GetString());
        Assert.Contains("credit.not_verified", CreditRulesApi.Codes(pending.GetProperty("unmetConditions")));
        Assert.Equal(0L, await ProgramCompletedCountAsync(teacher.AccountId, program.ProgramId));

        var admin = await _client.SchoolAdminAsync(api.ConnectionString, school);
        await _client.DecideOkAsync(admin, school, new { accountIds = new[] { teacher.AccountId }, decision = "approve" });

        await Eventually.HoldsAsync(async () => await ProgramCompletedCountAsync(teacher.AccountId, program.ProgramId) == 1);
        var recognised = await _client.CreditOkAsync(teacher.Token, program.ProgramId);
        Assert.True(recognised.GetProperty("isComplete").GetBoolean());
        Assert.Equal("recognised", recognised.GetProperty("status").GetString());
        Assert.Empty(recognised.GetProperty("unmetConditions").EnumerateArray());
    }

    [Fact]
    public async Task Rules_published_after_the_last_resource_complete_the_program_when_the_teacher_opens_the_page_once()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "后发布规则专题");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);
        var completed = await ResourceCompletedAsync(teacher.AccountId, video);
        await Eventually.HoldsAsync(async () => await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM credit_rules.inbox_messages WHERE event_id = @id", ("id", completed.EventId)) == 1);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId,
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (video, 1))]));
        Assert.Equal(0L, await ProgramCompletedCountAsync(teacher.AccountId, program.ProgramId));

        var first = await _client.CreditOkAsync(teacher.Token, program.ProgramId);
        var second = await _client.CreditOkAsync(teacher.Token, program.ProgramId);

        Assert.True(first.GetProperty("isComplete").GetBoolean());
        Assert.True(second.GetProperty("isComplete").GetBoolean());
        Assert.Equal(1L, await ProgramCompletedCountAsync(teacher.AccountId, program.ProgramId));
    }

    private async Task<ResourceCompleted> ResourceCompletedAsync(Guid teacherId, Guid resourceId)
    {
        var payload = await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT payload::text FROM learning_progress.outbox_messages WHERE type LIKE '%ResourceCompleted%' AND payload->>'teacherId' = @t AND payload->>'resourceId' = @r",
            ("t", teacherId.ToString()), ("r", resourceId.ToString()));
        return JsonSerializer.Deserialize<ResourceCompleted>(payload!, ApiResponses.JsonOptions)!;
    }

    private async Task PublishAsync(ResourceCompleted @event)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(@event);
    }

    private Task<long> ProgramCompletedCountAsync(Guid teacherId, Guid programId) => DirectorySql.ScalarAsync<long>(api.ConnectionString,
        "SELECT count(*) FROM credit_rules.outbox_messages WHERE type LIKE '%ProgramCompleted%' AND payload->>'teacherId' = @t AND payload->>'programId' = @p",
        ("t", teacherId.ToString()), ("p", programId.ToString()));
}
