using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.CreditRules.Persistence;

namespace Xueshi.Api.Tests;

/// <summary>The operator's credit rules: save with field errors and If-Match, publish into immutable versions, discard, preview against a real teacher.</summary>
public sealed class CreditRulesAdminTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_save_needs_the_current_ETag_and_a_rule_set_with_bad_fields_is_refused_with_each_field_named_and_nothing_stored()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "规则保存专题");
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var rules = CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (program.TextId, 1))]);
        var (fresh, etag) = await _client.ReadRulesAsync(op, program.ProgramId);
        Assert.Equal(JsonValueKind.Null, fresh.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, fresh.GetProperty("draft").ValueKind);
        // The editor lists the program's courses and their resources to write rules for (archived ones left out).
        var course = Assert.Single(fresh.GetProperty("courses").EnumerateArray());
        Assert.Equal([program.QuizVideoId, program.TextId, program.ExtensionId],
            course.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("resourceId").GetGuid()));

        var withoutTag = await _client.SaveDraftAsync(op, program.ProgramId, rules, null);
        Assert.Equal("credit.precondition_required", (await withoutTag.ReadProblemAsync(HttpStatusCode.PreconditionRequired)).Code);
        var stale = await _client.SaveDraftAsync(op, program.ProgramId, rules, "\"7\"");
        Assert.Equal("credit.precondition_failed", (await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Code);

        var bad = await _client.SaveDraftAsync(op, program.ProgramId, new
        {
            description = new string('述', 2001),
            requiredTotalHours = 1.234m,
            minutesPerHour = 0,
            creditWaitsForCompleteProfile = true,
            creditWaitsForVerification = false,
            roleRequirements = Array.Empty<object>(),
            courses = new[]
            {
                new
                {
                    courseId = program.CourseId, requiredHours = -1m, maxHours = (decimal?)2000m,
                    basis = new { kind = "studyMinutes", thresholds = new[] { new { minutes = 0, hours = 1m } } },
                    quizzesGate = false, courseTestGates = false, isExtension = false,
                },
            },
        }, etag);
        var problem = await bad.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal(
            ["courses[0].basis.thresholds[0].minutes", "courses[0].maxHours", "courses[0].requiredHours", "description", "minutesPerHour", "requiredTotalHours"],
            problem.Errors.Keys.Order(StringComparer.Ordinal).ToArray());

        var (after, sameTag) = await _client.ReadRulesAsync(op, program.ProgramId);
        Assert.Equal(etag, sameTag);
        Assert.Empty(after.GetProperty("versions").EnumerateArray());
    }

    [Fact]
    public async Task A_rule_set_that_contradicts_itself_is_refused_at_save_and_by_validate_with_field_errors()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "矛盾规则专题");
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        // A cap of 1 学时 below the 2 学时 the course requires, and a course that is not in the program.
        var contradictory = CreditRulesApi.Rules(2,
        [
            CreditRulesApi.PerResourceCourse(program.CourseId, 2, 1, (program.TextId, 1)),
            CreditRulesApi.PerResourceCourse(Guid.CreateVersion7(), 0, null),
        ]);
        var (_, etag) = await _client.ReadRulesAsync(op, program.ProgramId);

        var saved = await (await _client.SaveDraftAsync(op, program.ProgramId, contradictory, etag)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var validated = await (await _client.AdminAsync(op, HttpMethod.Post, CreditRulesApi.RulesUrl(program.ProgramId) + "/validate", contradictory))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", saved.Code);
        Assert.Contains(saved.Errors.Keys, k => k.StartsWith("courses[0]", StringComparison.Ordinal));
        Assert.Contains(saved.Errors.Keys, k => k.StartsWith("courses[1]", StringComparison.Ordinal));
        Assert.Equal(saved.Errors.Keys.Order(), validated.Errors.Keys.Order());
        var good = await _client.AdminAsync(op, HttpMethod.Post, CreditRulesApi.RulesUrl(program.ProgramId) + "/validate",
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (program.TextId, 1))]));
        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
    }

    [Fact]
    public async Task Publishing_makes_a_version_that_never_changes_and_the_next_save_is_a_new_version_that_supersedes_it_when_published()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "版本专题");
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var first = CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (program.TextId, 1))], description: "第一版");
        var published = await _client.PublishRulesAsync(op, program.ProgramId, first);
        Assert.Equal(1, published.GetProperty("published").GetProperty("version").GetInt32());
        Assert.Equal("published", published.GetProperty("published").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, published.GetProperty("draft").ValueKind);

        var (_, etag) = await _client.ReadRulesAsync(op, program.ProgramId);
        var second = CreditRulesApi.Rules(2, [CreditRulesApi.PerResourceCourse(program.CourseId, 2, 2, (program.TextId, 1), (program.QuizVideoId, 1))],
            description: "第二版");
        var (drafted, draftTag) = await (await _client.SaveDraftAsync(op, program.ProgramId, second, etag)).ReadTaggedAsync();
        Assert.Equal(2, drafted.GetProperty("draft").GetProperty("version").GetInt32());
        Assert.Equal("第一版", drafted.GetProperty("published").GetProperty("ruleSet").GetProperty("description").GetString());
        // Saving the draft again replaces the draft, it does not make a third version.
        var (again, againTag) = await (await _client.SaveDraftAsync(op, program.ProgramId, second, draftTag)).ReadTaggedAsync();
        Assert.Equal(2, again.GetProperty("versions").GetArrayLength());
        Assert.Equal("credit.precondition_failed",
            (await (await _client.PublishDraftAsync(op, program.ProgramId, draftTag)).ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Code);

        var (afterPublish, _) = await (await _client.PublishDraftAsync(op, program.ProgramId, againTag)).ReadTaggedAsync();

        Assert.Equal(2, afterPublish.GetProperty("published").GetProperty("version").GetInt32());
        Assert.Equal(["published", "superseded"],
            afterPublish.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        var v1 = await (await _client.AdminAsync(op, HttpMethod.Get, CreditRulesApi.RulesUrl(program.ProgramId) + "/versions/1")).ReadOkAsync<JsonElement>();
        Assert.Equal("superseded", v1.GetProperty("status").GetString());
        Assert.Equal("第一版", v1.GetProperty("ruleSet").GetProperty("description").GetString());
        Assert.Equal(1m, v1.GetProperty("ruleSet").GetProperty("requiredTotalHours").GetDecimal());
        var missing = await _client.AdminAsync(op, HttpMethod.Get, CreditRulesApi.RulesUrl(program.ProgramId) + "/versions/3");
        Assert.Equal("credit.version_not_found", (await missing.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task A_published_version_row_cannot_be_changed_or_deleted_even_around_the_handlers()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "不可变版本专题");
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId,
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (program.TextId, 1))], description: "已发布"));

        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreditRulesDbContext>();
        var row = await db.RuleSetVersions.SingleAsync(v => v.ProgramId == program.ProgramId && v.Version == 1);
        Assert.Throws<InvalidOperationException>(() => row.Replace(row.Document with { Description = "改过" }, Guid.CreateVersion7(), DateTimeOffset.UtcNow));
        db.Entry(row).Property(v => v.Document).CurrentValue = row.Document with { Description = "改过" };
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.RuleSetVersions.Remove(await db.RuleSetVersions.SingleAsync(v => v.ProgramId == program.ProgramId && v.Version == 1));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        var v1 = await (await _client.AdminAsync(op, HttpMethod.Get, CreditRulesApi.RulesUrl(program.ProgramId) + "/versions/1")).ReadOkAsync<JsonElement>();
        Assert.Equal("已发布", v1.GetProperty("ruleSet").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Discarding_the_draft_leaves_the_published_version_and_a_second_discard_finds_none()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "丢弃草稿专题");
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var rules = CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (program.TextId, 1))]);
        await _client.PublishRulesAsync(op, program.ProgramId, rules);
        var (_, etag) = await _client.ReadRulesAsync(op, program.ProgramId);
        var (_, draftTag) = await (await _client.SaveDraftAsync(op, program.ProgramId, rules, etag)).ReadTaggedAsync();

        var (discarded, discardedTag) = await (await _client.AdminAsync(op, HttpMethod.Delete, CreditRulesApi.RulesUrl(program.ProgramId) + "/draft",
            ifMatch: draftTag)).ReadTaggedAsync();

        Assert.Equal(JsonValueKind.Null, discarded.GetProperty("draft").ValueKind);
        Assert.Equal(1, discarded.GetProperty("published").GetProperty("version").GetInt32());
        Assert.Equal([1], discarded.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var none = await _client.AdminAsync(op, HttpMethod.Delete, CreditRulesApi.RulesUrl(program.ProgramId) + "/draft", ifMatch: discardedTag);
        Assert.Equal("credit.no_draft", (await none.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var publishNone = await _client.PublishDraftAsync(op, program.ProgramId, discardedTag);
        Assert.Equal("credit.no_draft", (await publishNone.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task A_preview_evaluates_the_draft_against_a_teacher_found_by_phone_and_the_read_is_in_the_audit_trail()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "预览专题");
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var nothing = await _client.AdminAsync(op, HttpMethod.Post, CreditRulesApi.RulesUrl(program.ProgramId) + "/preview", new { teacherPhone = teacher.Phone });
        Assert.Equal("credit.nothing_to_preview", (await nothing.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        var (_, etag) = await _client.ReadRulesAsync(op, program.ProgramId);
        await (await _client.SaveDraftAsync(op, program.ProgramId,
            CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (video, 1))], waitsForProfile: false), etag)).ReadTaggedAsync();

        var preview = await (await _client.AdminAsync(op, HttpMethod.Post, CreditRulesApi.RulesUrl(program.ProgramId) + "/preview",
            new { teacherPhone = teacher.Phone })).ReadOkAsync<JsonElement>();

        Assert.Equal(1, preview.GetProperty("ruleSetVersion").GetInt32());
        Assert.Equal(1m, preview.GetProperty("creditedHours").GetDecimal());
        Assert.True(preview.GetProperty("hoursMet").GetBoolean());
        Assert.True(CreditRulesApi.ResourceIn(preview, video).GetProperty("counts").GetBoolean());
        // The teacher still sees no rules in force: a preview stores nothing.
        Assert.Equal(JsonValueKind.Null, (await _client.CreditOkAsync(teacher.Token, program.ProgramId)).GetProperty("ruleSetVersion").ValueKind);

        // Rules sent with the request are tried as they are, by id as well as by phone.
        var sent = await (await _client.AdminAsync(op, HttpMethod.Post, CreditRulesApi.RulesUrl(program.ProgramId) + "/preview", new
        {
            teacherId = teacher.AccountId,
            ruleSet = CreditRulesApi.Rules(2, [CreditRulesApi.PerResourceCourse(program.CourseId, 2, 2, (video, 2))], waitsForProfile: false),
        })).ReadOkAsync<JsonElement>();
        Assert.Equal(2m, sent.GetProperty("creditedHours").GetDecimal());

        var audit = await (await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/audit-events?type=personalDataRead&subjectId={teacher.AccountId}"))
            .ReadOkAsync<AuditEventPageBody>();
        Assert.Equal(2, audit.Items.Count(r => r.ResourceType == "ProgramCredit" && r.ResourceId == program.ProgramId));

        var unknown = await _client.AdminAsync(op, HttpMethod.Post, CreditRulesApi.RulesUrl(program.ProgramId) + "/preview",
            new { teacherPhone = TestPhones.Next() });
        Assert.Equal("credit.teacher_not_found", (await unknown.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        var unknownId = await _client.AdminAsync(op, HttpMethod.Post, CreditRulesApi.RulesUrl(program.ProgramId) + "/preview",
            new { teacherId = Guid.CreateVersion7() });
        Assert.Equal("credit.teacher_not_found", (await unknownId.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }
}
