using System.Net;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xueshi.Accounts.Contracts;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class VerificationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<(Guid SchoolId, SeededCounty County, string Admin)> SchoolWithAdminAsync()
    {
        var (county, schoolId) = await DirectorySeed.CreateSchoolInNewCountyAsync(api.ConnectionString);
        return (schoolId, county, await _client.SchoolAdminAsync(api.ConnectionString, schoolId));
    }

    private async Task<(SignedInTeacher Teacher, string IdNumber)> PendingTeacherAsync(Guid schoolId, string realName = "张三")
    {
        var teacher = await _client.TeacherAsync();
        var idNumber = TestIdNumbers.Next();
        var saved = await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(idNumber, schoolId, realName));
        Assert.Equal("pending", saved.Status());
        return (teacher, idNumber);
    }

    private async Task<(SignedInTeacher Teacher, string IdNumber)> ApprovedTeacherAsync(Guid schoolId, string admin)
    {
        var pending = await PendingTeacherAsync(schoolId);
        var outcomes = await _client.DecideOkAsync(admin, schoolId, new { accountIds = new[] { pending.Teacher.AccountId }, decision = "approve" });
        Assert.Equal("approved", outcomes[pending.Teacher.AccountId]);
        return pending;
    }

    [Fact]
    public async Task The_school_admin_sees_the_full_name_and_the_ID_number_to_6_and_4_and_a_masked_phone()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (teacher, idNumber) = await PendingTeacherAsync(schoolId, "欧阳娜娜");

        var page = await (await _client.ListTeachersAsync(admin, schoolId, "?status=pending")).ReadOkAsync<JsonElement>();

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var item = page.GetProperty("items")[0];
        Assert.Equal(teacher.AccountId, item.GetProperty("accountId").GetGuid());
        // The verifier must know who the teacher is: the whole name, and enough of the number to tell two 李秀英 apart.
        Assert.Equal("欧阳娜娜", item.GetProperty("realName").GetString());
        Assert.Equal(idNumber[..6] + "********" + idNumber[^4..], item.GetProperty("idNumberMasked").GetString());
        Assert.Equal(teacher.Phone[..3] + "****" + teacher.Phone[^4..], item.GetProperty("phone").GetString());
        Assert.Equal("pending", item.GetProperty("status").GetString());
        Assert.Equal("小学", item.GetProperty("stage").GetString());
        Assert.True(item.GetProperty("isHeadTeacher").GetBoolean());
        Assert.DoesNotContain(idNumber, page.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(teacher.Phone, page.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_read_of_the_teacher_list_leaves_an_audit_record_of_whose_data_and_which_fields()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (teacher, _) = await PendingTeacherAsync(schoolId, "欧阳娜娜");
        await (await _client.ListTeachersAsync(admin, schoolId, "?status=pending")).ReadOkAsync<JsonElement>();

        var op = await _client.NewSignedInAsync("运营");
        await DirectorySql.GrantAsync(api.ConnectionString, op.AccountId, "Operator");
        var trail = await (await _client.SendAsAsync(op.AccessToken, HttpMethod.Get,
            $"/api/v1/audit-events?type=personalDataRead&subjectId={teacher.AccountId}")).ReadOkAsync<JsonElement>();

        var record = Assert.Single(trail.GetProperty("items").EnumerateArray());
        Assert.Equal("ListSchoolTeachers", record.GetProperty("operation").GetString());
        Assert.Equal(schoolId, record.GetProperty("resourceId").GetGuid());
        var fields = record.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("realName", fields);
        Assert.Contains("idNumber6+4", fields);
    }

    [Fact]
    public async Task A_region_admin_keeps_the_masked_view_and_another_schools_admin_sees_nothing()
    {
        var (schoolId, county, _) = await SchoolWithAdminAsync();
        var (_, _, otherAdmin) = await SchoolWithAdminAsync();
        var (_, idNumber) = await PendingTeacherAsync(schoolId, "李秀英");
        var countyAdmin = await _client.RegionAdminAsync(api.ConnectionString, county.CountyId);

        var page = await (await _client.ListTeachersAsync(countyAdmin, schoolId)).ReadOkAsync<JsonElement>();
        var item = page.GetProperty("items")[0];
        Assert.Equal("李**", item.GetProperty("realName").GetString());
        Assert.Equal(idNumber[..2] + "**************" + idNumber[^2..], item.GetProperty("idNumberMasked").GetString());
        Assert.DoesNotContain("李秀英", page.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[..6], page.GetRawText(), StringComparison.Ordinal);

        // Another school's admin cannot even learn that the school exists, let alone who teaches there.
        var refused = await _client.ListTeachersAsync(otherAdmin, schoolId);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("accounts.school_not_found", body, StringComparison.Ordinal);
        Assert.DoesNotContain("李", body, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[^4..], body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_filters_by_status_and_name_prefix_and_pages()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (zhang, _) = await PendingTeacherAsync(schoolId, "张伟");
        await PendingTeacherAsync(schoolId, "张伟明");
        var (li, _) = await PendingTeacherAsync(schoolId, "李强");
        await _client.DecideOkAsync(admin, schoolId, new { accountIds = new[] { li.AccountId }, decision = "approve" });

        var pending = await (await _client.ListTeachersAsync(admin, schoolId, "?status=pending")).ReadOkAsync<JsonElement>();
        Assert.Equal(2, pending.GetProperty("total").GetInt32());
        // Oldest submission first.
        Assert.Equal(zhang.AccountId, pending.GetProperty("items")[0].GetProperty("accountId").GetGuid());

        var approved = await (await _client.ListTeachersAsync(admin, schoolId, "?status=approved")).ReadOkAsync<JsonElement>();
        Assert.Equal(li.AccountId, approved.GetProperty("items")[0].GetProperty("accountId").GetGuid());

        var all = await (await _client.ListTeachersAsync(admin, schoolId)).ReadOkAsync<JsonElement>();
        Assert.Equal(3, all.GetProperty("total").GetInt32());

        var prefix = await (await _client.ListTeachersAsync(admin, schoolId, "?q=" + Uri.EscapeDataString("张伟"))).ReadOkAsync<JsonElement>();
        Assert.Equal(2, prefix.GetProperty("total").GetInt32());
        var exact = await (await _client.ListTeachersAsync(admin, schoolId, "?q=" + Uri.EscapeDataString("张伟明"))).ReadOkAsync<JsonElement>();
        Assert.Equal(1, exact.GetProperty("total").GetInt32());
        var none = await (await _client.ListTeachersAsync(admin, schoolId, "?q=" + Uri.EscapeDataString("伟"))).ReadOkAsync<JsonElement>();
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        var second = await (await _client.ListTeachersAsync(admin, schoolId, "?page=2&pageSize=2")).ReadOkAsync<JsonElement>();
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("pageSize").GetInt32());

        var tooMany = await _client.ListTeachersAsync(admin, schoolId, "?pageSize=101");
        Assert.Equal(["pageSize"], (await tooMany.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
        var notSubmitted = await _client.ListTeachersAsync(admin, schoolId, "?status=notSubmitted");
        Assert.Equal(["status"], (await notSubmitted.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
        var numeric = await _client.ListTeachersAsync(admin, schoolId, "?status=1");
        Assert.Equal(["status"], (await numeric.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task Another_schools_admin_and_a_plain_teacher_get_404_on_the_queue_decisions_and_removal()
    {
        var (schoolId, _, _) = await SchoolWithAdminAsync();
        var (otherSchool, _, otherAdmin) = await SchoolWithAdminAsync();
        var (teacher, _) = await PendingTeacherAsync(schoolId);
        var plainTeacher = await _client.TeacherAsync();

        foreach (var token in new[] { otherAdmin, plainTeacher.Token })
        {
            Assert.Equal("accounts.school_not_found",
                (await (await _client.ListTeachersAsync(token, schoolId)).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
            Assert.Equal("accounts.school_not_found",
                (await (await _client.DecideAsync(token, schoolId, new { accountIds = new[] { teacher.AccountId }, decision = "approve" }))
                    .ReadProblemAsync(HttpStatusCode.NotFound)).Code);
            Assert.Equal("accounts.school_not_found",
                (await (await _client.SendAsync(HttpMethod.Delete, $"/api/v1/schools/{schoolId}/teachers/{teacher.AccountId}", token))
                    .ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        }

        // Nor can the other admin decide the teacher through their own school.
        var outcomes = await _client.DecideOkAsync(otherAdmin, otherSchool, new { accountIds = new[] { teacher.AccountId }, decision = "approve" });
        Assert.Equal("notFound", outcomes[teacher.AccountId]);
        var profile = await (await _client.GetProfileAsync(teacher.Token)).ReadOkAsync<JsonElement>();
        Assert.Equal("pending", profile.Status());

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.ListTeachersAsync(null, schoolId)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.DecideAsync(null, schoolId, new { accountIds = new[] { teacher.AccountId }, decision = "approve" })).StatusCode);
    }

    [Fact]
    public async Task A_region_admin_above_the_school_may_list_and_decide()
    {
        var (schoolId, county, _) = await SchoolWithAdminAsync();
        var (teacher, _) = await PendingTeacherAsync(schoolId);
        var cityAdmin = await _client.RegionAdminAsync(api.ConnectionString, county.CityId);

        var page = await (await _client.ListTeachersAsync(cityAdmin, schoolId)).ReadOkAsync<JsonElement>();
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var outcomes = await _client.DecideOkAsync(cityAdmin, schoolId, new { accountIds = new[] { teacher.AccountId }, decision = "approve" });
        Assert.Equal("approved", outcomes[teacher.AccountId]);

        // A county admin elsewhere in the same city is not above this school.
        var otherCounty = await DirectorySeed.CreateCountyUnderAsync(api.ConnectionString, county.CityId);
        var otherCountyAdmin = await _client.RegionAdminAsync(api.ConnectionString, otherCounty);
        Assert.Equal("accounts.school_not_found",
            (await (await _client.ListTeachersAsync(otherCountyAdmin, schoolId)).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task Bulk_approval_decides_the_schools_pending_teachers_and_reports_everyone_else()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (otherSchool, _, _) = await SchoolWithAdminAsync();
        var (first, _) = await PendingTeacherAsync(schoolId);
        var (second, _) = await PendingTeacherAsync(schoolId);
        var (elsewhere, _) = await PendingTeacherAsync(otherSchool);
        var unknown = Guid.CreateVersion7();

        var outcomes = await _client.DecideOkAsync(admin, schoolId,
            new { accountIds = new[] { first.AccountId, second.AccountId, elsewhere.AccountId, unknown, first.AccountId }, decision = "approve" });

        Assert.Equal(4, outcomes.Count);
        Assert.Equal("approved", outcomes[first.AccountId]);
        Assert.Equal("approved", outcomes[second.AccountId]);
        Assert.Equal("notFound", outcomes[elsewhere.AccountId]);
        Assert.Equal("notFound", outcomes[unknown]);

        Assert.Single(await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationApproved", first.AccountId));
        Assert.Single(await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationApproved", second.AccountId));
        Assert.Empty(await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationApproved", elsewhere.AccountId));

        var again = await _client.DecideOkAsync(admin, schoolId, new { accountIds = new[] { first.AccountId }, decision = "reject", reason = "重复" });
        Assert.Equal("notPending", again[first.AccountId]);
        Assert.Empty(await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationRejected", first.AccountId));

        var profile = await (await _client.GetProfileAsync(first.Token)).ReadOkAsync<JsonElement>();
        Assert.Equal("approved", profile.Status());
        Assert.Equal(["realName", "idType", "idNumber", "schoolId", "isPsychologyTeacher", "isHeadTeacher"], profile.GetProperty("lockedFields").Strings());
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_which_the_teacher_sees_and_saving_again_resubmits()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (teacher, idNumber) = await PendingTeacherAsync(schoolId);

        var withoutReason = await _client.DecideAsync(admin, schoolId, new { accountIds = new[] { teacher.AccountId }, decision = "reject" });
        Assert.Equal(["reason"], (await withoutReason.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var outcomes = await _client.DecideOkAsync(admin, schoolId,
            new { accountIds = new[] { teacher.AccountId }, decision = "reject", reason = "非本校在编教师" });
        Assert.Equal("rejected", outcomes[teacher.AccountId]);
        Assert.Single(await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationRejected", teacher.AccountId));

        var profile = await (await _client.GetProfileAsync(teacher.Token)).ReadOkAsync<JsonElement>();
        Assert.Equal("rejected", profile.Status());
        Assert.Equal("非本校在编教师", profile.GetProperty("verification").GetProperty("reason").GetString());
        Assert.Empty(profile.GetProperty("lockedFields").Strings());

        var resubmitted = await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(idNumber, schoolId, "张叁"));
        Assert.Equal("pending", resubmitted.Status());
        Assert.Equal(JsonValueKind.Null, resubmitted.GetProperty("verification").GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task Decisions_refuse_empty_or_oversized_lists_and_unknown_decisions()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();

        var empty = await _client.DecideAsync(admin, schoolId, new { accountIds = Array.Empty<Guid>(), decision = "approve" });
        Assert.Equal(["accountIds"], (await empty.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var tooMany = await _client.DecideAsync(admin, schoolId,
            new { accountIds = Enumerable.Range(0, 301).Select(_ => Guid.CreateVersion7()).ToArray(), decision = "approve" });
        Assert.Equal(["accountIds"], (await tooMany.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var missingDecision = await _client.DecideAsync(admin, schoolId, new { accountIds = new[] { Guid.CreateVersion7() } });
        Assert.Equal(["decision"], (await missingDecision.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var unknown = await _client.DecideAsync(admin, schoolId, new { accountIds = new[] { Guid.CreateVersion7() }, decision = "maybe" });
        Assert.Equal("request.malformed", (await unknown.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);

        var notGuids = await _client.DecideAsync(admin, schoolId, new { accountIds = new[] { "teacher-1" }, decision = "approve" });
        Assert.Equal("request.malformed", (await notGuids.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);

        var longReason = await _client.DecideAsync(admin, schoolId,
            new { accountIds = new[] { Guid.CreateVersion7() }, decision = "reject", reason = new string('因', 201) });
        Assert.Equal(["reason"], (await longReason.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        // An id that is not a UUID names no school at all.
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, "/api/v1/schools/not-a-uuid/teachers", admin)).StatusCode);
    }

    [Fact]
    public async Task Two_admins_deciding_the_same_teacher_at_once_do_not_both_win()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var secondAdmin = await _client.SchoolAdminAsync(api.ConnectionString, schoolId);

        for (var round = 0; round < 3; round++)
        {
            var (teacher, _) = await PendingTeacherAsync(schoolId);
            var approve = _client.DecideOkAsync(admin, schoolId, new { accountIds = new[] { teacher.AccountId }, decision = "approve" });
            var reject = api.CreateClient().DecideOkAsync(secondAdmin, schoolId,
                new { accountIds = new[] { teacher.AccountId }, decision = "reject", reason = "资料不全" });
            var outcomes = (await Task.WhenAll(approve, reject)).Select(o => o[teacher.AccountId]).Order().ToArray();

            Assert.Contains("notPending", outcomes);
            Assert.Single(outcomes, o => o is "approved" or "rejected");
            var events = (await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationApproved", teacher.AccountId)).Count
                + (await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationRejected", teacher.AccountId)).Count;
            Assert.Equal(1, events);
        }
    }

    [Fact]
    public async Task A_decision_that_loses_the_race_for_the_row_reports_notPending_and_publishes_nothing()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (teacher, _) = await PendingTeacherAsync(schoolId);

        // Another decision holds the row: the request reads the pending row, then waits on the lock;
        // when the other commits, the row version (xmin) no longer matches and the request starts again.
        await using var other = new NpgsqlConnection(api.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var decide = new NpgsqlCommand(
            "UPDATE accounts.teacher_profiles SET verification_status = 'Rejected', verification_reason = '另一位管理员', decided_at = now() " +
            "WHERE account_id = @id", other, transaction))
        {
            decide.Parameters.AddWithValue("id", teacher.AccountId);
            Assert.Equal(1, await decide.ExecuteNonQueryAsync());
        }

        var request = _client.DecideOkAsync(admin, schoolId, new { accountIds = new[] { teacher.AccountId }, decision = "approve" });
        await WaitForALockWaitAsync(request);
        await transaction.CommitAsync();

        var outcomes = await request;
        Assert.Equal("notPending", outcomes[teacher.AccountId]);
        Assert.Empty(await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationApproved", teacher.AccountId));
        var profile = await (await _client.GetProfileAsync(teacher.Token)).ReadOkAsync<JsonElement>();
        Assert.Equal("rejected", profile.Status());
    }

    private async Task WaitForALockWaitAsync(Task request)
    {
        await using var watcher = new NpgsqlConnection(api.ConnectionString);
        await watcher.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!request.IsCompleted && DateTime.UtcNow < deadline)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("The decision never waited for the row lock.");
    }

    [Fact]
    public async Task An_approved_teacher_cannot_change_name_ID_school_or_roles_but_may_edit_the_rest()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (otherSchool, _, _) = await SchoolWithAdminAsync();
        var (teacher, idNumber) = await ApprovedTeacherAsync(schoolId, admin);

        var body = ProfileApi.CompleteProfile(TestIdNumbers.Next(), otherSchool, "张四");
        var problem = await (await _client.PutProfileAsync(teacher.Token, body)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("accounts.profile_locked", problem.Code);
        Assert.Equal(["realName", "idNumber", "schoolId"], problem.Body.GetProperty("lockedFields").Strings());

        var onlyName = ProfileApi.CompleteProfile(idNumber, schoolId, "张四");
        Assert.Equal(["realName"], (await (await _client.PutProfileAsync(teacher.Token, onlyName)).ReadProblemAsync(HttpStatusCode.Conflict))
            .Body.GetProperty("lockedFields").Strings());

        var roles = ProfileApi.CompleteProfile(idNumber, schoolId);
        roles["isHeadTeacher"] = false;
        roles["isPsychologyTeacher"] = true;
        var rolesRefused = await (await _client.PutProfileAsync(teacher.Token, roles)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("accounts.profile_locked", rolesRefused.Code);
        Assert.Equal(["isPsychologyTeacher", "isHeadTeacher"], rolesRefused.Body.GetProperty("lockedFields").Strings());

        var rest = ProfileApi.CompleteProfile(idNumber, schoolId);
        rest["title"] = "高级教师";
        rest["isBackboneTeacher"] = true;
        var saved = await _client.PutProfileOkAsync(teacher.Token, rest);
        Assert.Equal("approved", saved.Status());
        Assert.Equal("高级教师", saved.GetProperty("title").GetString());
        Assert.Equal("张三", saved.GetProperty("realName").GetString());
        Assert.True(saved.GetProperty("isHeadTeacher").GetBoolean());
    }

    [Fact]
    public async Task The_verified_roles_lock_on_approval_unlock_on_removal_and_need_approval_again()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var teacher = await _client.TeacherAsync();
        var idNumber = TestIdNumbers.Next();
        var claim = ProfileApi.CompleteProfile(idNumber, schoolId);
        claim["isPsychologyTeacher"] = true;
        claim["isHeadTeacher"] = false;
        await _client.PutProfileOkAsync(teacher.Token, claim);

        using var scope = api.Factory.Services.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        // A claim is not a verified role.
        var claimed = await mediator.Send(new GetTeacherStatus(teacher.AccountId));
        Assert.True(claimed!.IsPsychologyTeacher);
        Assert.False(claimed.IsVerifiedPsychologyTeacher);

        await _client.DecideOkAsync(admin, schoolId, new { accountIds = new[] { teacher.AccountId }, decision = "approve" });
        var verified = await mediator.Send(new GetTeacherStatus(teacher.AccountId));
        Assert.True(verified!.IsVerifiedPsychologyTeacher);
        Assert.False(verified.IsVerifiedHeadTeacher);
        Assert.Equal((true, false), await ApprovedRolesAsync(teacher.AccountId));

        var dropRole = ProfileApi.CompleteProfile(idNumber, schoolId);
        dropRole["isPsychologyTeacher"] = false;
        dropRole["isHeadTeacher"] = false;
        var refused = await (await _client.PutProfileAsync(teacher.Token, dropRole)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("accounts.profile_locked", refused.Code);
        Assert.Equal(["isPsychologyTeacher"], refused.Body.GetProperty("lockedFields").Strings());

        // 删除任教信息: the roles unlock and stop counting as verified.
        await (await _client.SendAsync(HttpMethod.Delete, "/api/v1/me/profile/school", teacher.Token)).ReadOkAsync<JsonElement>();
        var removed = await mediator.Send(new GetTeacherStatus(teacher.AccountId));
        Assert.False(removed!.IsVerifiedPsychologyTeacher);
        dropRole["isHeadTeacher"] = true;
        var resubmitted = await _client.PutProfileOkAsync(teacher.Token, dropRole);
        Assert.Equal("pending", resubmitted.Status());
        Assert.False(resubmitted.GetProperty("isPsychologyTeacher").GetBoolean());
        Assert.False((await mediator.Send(new GetTeacherStatus(teacher.AccountId)))!.IsVerifiedHeadTeacher);

        await _client.DecideOkAsync(admin, schoolId, new { accountIds = new[] { teacher.AccountId }, decision = "approve" });
        var again = await mediator.Send(new GetTeacherStatus(teacher.AccountId));
        Assert.False(again!.IsVerifiedPsychologyTeacher);
        Assert.True(again.IsVerifiedHeadTeacher);
        Assert.Equal((false, true), await ApprovedRolesAsync(teacher.AccountId));
    }

    /// <summary>The roles the latest approval verified, as its verification record keeps them.</summary>
    private async Task<(bool?, bool?)> ApprovedRolesAsync(Guid accountId)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT is_psychology_teacher, is_head_teacher FROM accounts.verification_records " +
            "WHERE account_id = @id AND action = 'Approved' ORDER BY at DESC, id DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("id", accountId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.IsDBNull(0) ? null : reader.GetBoolean(0), reader.IsDBNull(1) ? null : reader.GetBoolean(1));
    }

    [Fact]
    public async Task Removing_the_school_revokes_the_verification_and_unlocks_the_fields()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (teacher, _) = await ApprovedTeacherAsync(schoolId, admin);

        var removed = await (await _client.SendAsync(HttpMethod.Delete, "/api/v1/me/profile/school", teacher.Token)).ReadOkAsync<JsonElement>();

        Assert.Equal("notSubmitted", removed.Status());
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("school").ValueKind);
        Assert.Empty(removed.GetProperty("lockedFields").Strings());
        Assert.Equal(["schoolId"], removed.GetProperty("completeness").GetProperty("missingFields").Strings());
        Assert.Equal(["removedByTeacher"], await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationRevoked", teacher.AccountId));

        // Now the name and ID number may be corrected, and re-adding the school waits for approval again.
        var newId = TestIdNumbers.Next();
        var corrected = await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(newId, schoolId, "张叁"));
        Assert.Equal("pending", corrected.Status());
        Assert.Equal("张叁", corrected.GetProperty("realName").GetString());
        Assert.Equal(newId, corrected.GetProperty("idNumber").GetString());

        // The history keeps every step, each with who did it.
        Assert.Equal(["Submitted", "Approved", "RemovedByTeacher", "Submitted"], await HistoryAsync(teacher.AccountId));
    }

    private async Task<List<string>> HistoryAsync(Guid accountId)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT action FROM accounts.verification_records WHERE account_id = @id ORDER BY at, id", connection);
        command.Parameters.AddWithValue("id", accountId);
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actions.Add(reader.GetString(0));
        }

        return actions;
    }

    [Fact]
    public async Task Leaving_while_pending_publishes_no_revocation()
    {
        var (schoolId, _, _) = await SchoolWithAdminAsync();
        var (teacher, _) = await PendingTeacherAsync(schoolId);

        var removed = await (await _client.SendAsync(HttpMethod.Delete, "/api/v1/me/profile/school", teacher.Token)).ReadOkAsync<JsonElement>();

        Assert.Equal("notSubmitted", removed.Status());
        Assert.Empty(await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationRevoked", teacher.AccountId));
    }

    [Fact]
    public async Task The_school_admin_removes_a_teacher_from_the_school()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (teacher, _) = await ApprovedTeacherAsync(schoolId, admin);
        var url = $"/api/v1/schools/{schoolId}/teachers/{teacher.AccountId}";

        Assert.Equal(HttpStatusCode.NoContent, (await _client.SendAsync(HttpMethod.Delete, url, admin)).StatusCode);

        var profile = await (await _client.GetProfileAsync(teacher.Token)).ReadOkAsync<JsonElement>();
        Assert.Equal("notSubmitted", profile.Status());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("schoolId").ValueKind);
        Assert.Empty(profile.GetProperty("lockedFields").Strings());
        Assert.Equal(["removedBySchool"], await ProfileApi.OutboxCausesAsync(api.ConnectionString, "TeacherVerificationRevoked", teacher.AccountId));
        Assert.Equal(["Submitted", "Approved", "RemovedBySchool"], await HistoryAsync(teacher.AccountId));

        Assert.Equal("accounts.teacher_not_in_school",
            (await (await _client.SendAsync(HttpMethod.Delete, url, admin)).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        var page = await (await _client.ListTeachersAsync(admin, schoolId)).ReadOkAsync<JsonElement>();
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Other_modules_ask_Accounts_for_a_teachers_status()
    {
        var (schoolId, _, admin) = await SchoolWithAdminAsync();
        var (approved, _) = await ApprovedTeacherAsync(schoolId, admin);
        var fresh = await _client.TeacherAsync();

        using var scope = api.Factory.Services.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        var status = await mediator.Send(new GetTeacherStatus(approved.AccountId));
        Assert.NotNull(status);
        Assert.Equal(AccountIdentity.Teacher, status.Identity);
        Assert.True(status.IsProfileComplete);
        Assert.Empty(status.MissingFields);
        Assert.Equal(VerificationStatus.Approved, status.Verification);
        Assert.Equal(schoolId, status.SchoolId);
        Assert.Equal(SchoolSystem.Primary, status.SchoolSystem);
        Assert.False(status.IsOtherSchool);
        Assert.False(status.IsPsychologyTeacher);
        Assert.True(status.IsHeadTeacher);
        Assert.False(status.IsVerifiedPsychologyTeacher);
        Assert.True(status.IsVerifiedHeadTeacher);

        var empty = await mediator.Send(new GetTeacherStatus(fresh.AccountId));
        Assert.NotNull(empty);
        Assert.False(empty.IsProfileComplete);
        Assert.Contains("idNumber", empty.MissingFields);
        Assert.Equal(VerificationStatus.NotSubmitted, empty.Verification);
        Assert.Null(empty.SchoolId);
        Assert.Null(empty.SchoolSystem);
        Assert.False(empty.IsVerifiedPsychologyTeacher);
        Assert.False(empty.IsVerifiedHeadTeacher);

        Assert.Null(await mediator.Send(new GetTeacherStatus(Guid.CreateVersion7())));
    }
}
