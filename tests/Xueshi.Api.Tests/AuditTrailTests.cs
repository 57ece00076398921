using System.Net;
using Npgsql;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

internal sealed record AuditEventItem(Guid Id, DateTimeOffset OccurredAt, string Type, Guid? ActorAccountId, Guid[] SubjectAccountIds,
    string[] Fields, string? ResourceType, Guid? ResourceId, string Operation, string? Address, string? Detail);

internal sealed record AuditEventPageBody(AuditEventItem[] Items, int Page, int PageSize, int Total);

/// <summary>
/// 等保 2.0 / PIPL: every read of another person's personal data by support or an admin, and the
/// security events, leave a record an operator can query; a read whose record cannot be written is
/// refused; records cannot be changed or deleted.
/// </summary>
public sealed class AuditTrailTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<string> OperatorAsync()
    {
        var op = await _client.NewSignedInAsync("运营");
        await DirectorySql.GrantAsync(api.ConnectionString, op.AccountId, "Operator");
        return op.AccessToken;
    }

    private async Task<(Guid AccountId, string AccessToken)> SupportAsync()
    {
        var agent = await _client.NewSignedInAsync("客服");
        await DirectorySql.GrantAsync(api.ConnectionString, agent.AccountId, "Support");
        return (agent.AccountId, agent.AccessToken);
    }

    private async Task<AuditEventItem[]> QueryAsync(string operatorToken, string query) =>
        (await (await _client.SendAsAsync(operatorToken, HttpMethod.Get, "/api/v1/audit-events?" + query)).ReadOkAsync<AuditEventPageBody>()).Items;

    /// <summary>A teacher whose old phone is gone asks support to move the account to a new number.</summary>
    private async Task<(Guid TeacherId, Guid RequestId)> RebindRequestAsync()
    {
        var oldPhone = TestPhones.Next();
        var teacherId = await _client.RegisterAsync(oldPhone);
        var newPhone = TestPhones.Next();
        var code = await _client.SendCodeAsync(newPhone, "rebindNewPhone");
        var form = new MultipartFormDataContent
        {
            { new StringContent("张明华"), "realName" },
            { new StringContent("residentId"), "idType" },
            { new StringContent(TestIdNumbers.Next()), "idNumber" },
            { new StringContent(oldPhone), "oldPhone" },
            { new StringContent(newPhone), "newPhone" },
            { new StringContent(code), "newPhoneCode" },
        };
        var photo = new ByteArrayContent(TestImages.TinyPng());
        photo.Headers.ContentType = new("image/png");
        form.Add(photo, "photo", "id.png");
        var response = await _client.PostAsync(new Uri("/api/v1/phone-rebinding-requests", UriKind.Relative), form);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (teacherId, (await response.ReadOkAsync<RebindAccepted>(HttpStatusCode.Accepted)).RequestId);
    }

    [Fact]
    public async Task Support_reading_a_rebinding_request_and_its_ID_photo_leaves_records_of_who_read_whose_data()
    {
        var (teacherId, requestId) = await RebindRequestAsync();
        var (agentId, agent) = await SupportAsync();
        var before = api.Factory.Clock.GetUtcNow().AddSeconds(-5);

        await (await _client.SendAsAsync(agent, HttpMethod.Get, "/api/v1/phone-rebinding-requests?status=pending")).ReadOkAsync<RebindRequestItem[]>();
        var photo = await _client.SendAsAsync(agent, HttpMethod.Get, $"/api/v1/phone-rebinding-requests/{requestId}/photo");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);

        var records = await QueryAsync(await OperatorAsync(), $"actorId={agentId}&type=personalDataRead");
        Assert.Equal(2, records.Length);

        var photoRead = records[0];
        Assert.Equal("personalDataRead", photoRead.Type);
        Assert.Equal("GetPhoneRebindPhoto", photoRead.Operation);
        Assert.Equal([teacherId], photoRead.SubjectAccountIds);
        Assert.Equal(["idPhoto"], photoRead.Fields);
        Assert.Equal(("PhoneRebindRequest", requestId), (photoRead.ResourceType, photoRead.ResourceId));
        Assert.Equal("127.0.0.1", photoRead.Address);
        Assert.InRange(photoRead.OccurredAt, before, api.Factory.Clock.GetUtcNow().AddSeconds(5));

        var queueRead = records[1];
        Assert.Equal("ListPhoneRebindRequests", queueRead.Operation);
        Assert.Contains(teacherId, queueRead.SubjectAccountIds);
        Assert.Contains("realName", queueRead.Fields);
        Assert.True(queueRead.OccurredAt <= photoRead.OccurredAt);
    }

    [Fact]
    public async Task An_audited_read_whose_record_cannot_be_written_is_refused_and_serves_nothing()
    {
        var (_, requestId) = await RebindRequestAsync();
        var (agentId, agent) = await SupportAsync();
        var trigger = "refuse_audit_" + agentId.ToString("N");
        // The audit table refuses this agent's records only, so the tests running beside this one are untouched.
        await DirectorySql.ScalarAsync<object>(api.ConnectionString, """
            CREATE OR REPLACE FUNCTION accounts.test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'audit storage refused the record'; END; $$
            """);
        await DirectorySql.ScalarAsync<object>(api.ConnectionString,
            $"CREATE TRIGGER {trigger} BEFORE INSERT ON accounts.audit_events FOR EACH ROW " +
            $"WHEN (NEW.actor_account_id = '{agentId}') EXECUTE FUNCTION accounts.test_refuse_audit()");
        try
        {
            var photo = await _client.SendAsAsync(agent, HttpMethod.Get, $"/api/v1/phone-rebinding-requests/{requestId}/photo");
            Assert.NotEqual("image/png", photo.Content.Headers.ContentType?.MediaType);
            var problem = await photo.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("audit.record_failed", problem.Code);
            Assert.NotNull(photo.Headers.RetryAfter);

            var queue = await _client.SendAsAsync(agent, HttpMethod.Get, "/api/v1/phone-rebinding-requests");
            Assert.Equal("audit.record_failed", (await queue.ReadProblemAsync(HttpStatusCode.ServiceUnavailable)).Code);
        }
        finally
        {
            await DirectorySql.ScalarAsync<object>(api.ConnectionString, $"DROP TRIGGER {trigger} ON accounts.audit_events");
        }

        // Once the records can be written again, the same reads are served.
        var again = await _client.SendAsAsync(agent, HttpMethod.Get, $"/api/v1/phone-rebinding-requests/{requestId}/photo");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Role_grants_revokes_and_password_resets_are_recorded_with_their_subject()
    {
        var op = await OperatorAsync();
        var phone = TestPhones.Next();
        var teacherId = await _client.RegisterAsync(phone);

        var grant = await (await _client.SendAsAsync(op, HttpMethod.Post, "/api/v1/role-grants", new { phone, role = "support" }))
            .ReadOkAsync<GrantIdOnly>(HttpStatusCode.Created);
        var revoke = await _client.SendAsAsync(op, HttpMethod.Delete, $"/api/v1/role-grants/{grant.Id}");
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        // One code per number per minute: the registration code was sent moments ago.
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var code = await _client.SendCodeAsync(phone, "resetPassword");
        var reset = await _client.PostJsonAsync("/api/v1/auth/password-resets", new { phone, smsCode = code, newPassword = "Xin2026mima" });
        Assert.True(reset.IsSuccessStatusCode, await reset.Content.ReadAsStringAsync());

        // Registration and sign-in leave records of their own; these three are the ones this test made.
        string[] made = ["passwordReset", "roleRevoked", "roleGranted"];
        var records = (await QueryAsync(op, $"subjectId={teacherId}")).Where(r => made.Contains(r.Type)).ToArray();
        Assert.Equal(["passwordReset", "roleRevoked", "roleGranted"], records.Select(r => r.Type).ToArray());
        Assert.All(records[1..], r => Assert.Equal(grant.Id, r.ResourceId));
        Assert.All(records[1..], r => Assert.StartsWith("Support", r.Detail));
        Assert.Equal(teacherId, records[0].ActorAccountId);
        Assert.Equal("ResetPassword", records[0].Operation);

        var granted = await QueryAsync(op, $"type=roleGranted&subjectId={teacherId}");
        Assert.Single(granted);
    }

    [Fact]
    public async Task Consent_and_sign_ins_failed_and_succeeded_are_recorded()
    {
        var op = await OperatorAsync();
        var phone = TestPhones.Next();
        var accountId = await _client.RegisterAsync(phone);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SignInAsync(phone, "Wrong12345")).StatusCode);
        await _client.SignInOkAsync(phone);

        var records = await QueryAsync(op, $"subjectId={accountId}");
        Assert.Equal(["signInSucceeded", "signInFailed", "consentGiven"], records.Select(r => r.Type).ToArray());
        Assert.Equal(accountId, records[0].ActorAccountId);
        // The failed attempt may be a stranger's: no actor, and the number only masked.
        Assert.Null(records[1].ActorAccountId);
        Assert.Equal(phone[..3] + "****" + phone[^4..] + " by password", records[1].Detail);
        Assert.Equal("IssueToken", records[0].Operation);
        Assert.StartsWith("userAgreement v", records[2].Detail);
    }

    [Fact]
    public async Task Audit_records_cannot_be_changed_or_deleted_even_by_the_database_owner()
    {
        var op = await OperatorAsync();
        var phone = TestPhones.Next();
        await _client.RegisterAsync(phone);
        await (await _client.SendAsAsync(op, HttpMethod.Post, "/api/v1/role-grants", new { phone, role = "support" })).ReadOkAsync<GrantIdOnly>(HttpStatusCode.Created);
        var id = (await QueryAsync(op, "type=roleGranted&pageSize=1")).Single().Id;

        var update = await Assert.ThrowsAsync<PostgresException>(() => DirectorySql.ScalarAsync<object>(api.ConnectionString,
            "UPDATE accounts.audit_events SET detail = 'nothing happened' WHERE id = @id", ("id", id)));
        Assert.Contains("append-only", update.MessageText);
        await Assert.ThrowsAsync<PostgresException>(() => DirectorySql.ScalarAsync<object>(api.ConnectionString,
            "DELETE FROM accounts.audit_events WHERE id = @id", ("id", id)));
        Assert.Equal(id, (await QueryAsync(op, "type=roleGranted&pageSize=1")).Single().Id);
    }

    [Fact]
    public async Task Querying_the_trail_is_itself_recorded_and_filters_by_time_and_pages()
    {
        var op = await _client.NewSignedInAsync("运营");
        await DirectorySql.GrantAsync(api.ConnectionString, op.AccountId, "Operator");
        var start = api.Factory.Clock.GetUtcNow().AddSeconds(-1);

        await QueryAsync(op.AccessToken, "type=roleGranted");
        await QueryAsync(op.AccessToken, "type=roleRevoked");
        var mine = await (await _client.SendAsAsync(op.AccessToken, HttpMethod.Get,
            $"/api/v1/audit-events?actorId={op.AccountId}&type=auditTrailQueried&pageSize=1")).ReadOkAsync<AuditEventPageBody>();
        Assert.Equal(2, mine.Total);
        Assert.Single(mine.Items);
        Assert.Equal("ListAuditEvents", mine.Items[0].Operation);

        var later = Uri.EscapeDataString(api.Factory.Clock.GetUtcNow().AddHours(1).ToString("O"));
        Assert.Empty(await QueryAsync(op.AccessToken, $"actorId={op.AccountId}&type=auditTrailQueried&from={later}"));
        var since = Uri.EscapeDataString(start.ToString("O"));
        // The two queries above, the paged one and the empty one: each recorded before the next began.
        Assert.Equal(4, (await QueryAsync(op.AccessToken, $"actorId={op.AccountId}&type=auditTrailQueried&from={since}")).Length);
    }

    [Theory]
    [InlineData("type=everything")]
    [InlineData("page=0")]
    [InlineData("pageSize=101")]
    [InlineData("from=2026-11-02T00:00:00%2B08:00&to=2026-11-01T00:00:00%2B08:00")]
    public async Task Bad_query_parameters_are_400_validation_failed(string query)
    {
        var problem = await (await _client.SendAsAsync(await OperatorAsync(), HttpMethod.Get, "/api/v1/audit-events?" + query))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", problem.Code);
    }

    [Fact]
    public async Task A_malformed_date_or_id_is_400_not_500()
    {
        var op = await OperatorAsync();
        foreach (var query in new[] { "from=yesterday", "actorId=someone" })
        {
            var response = await _client.SendAsAsync(op, HttpMethod.Get, "/api/v1/audit-events?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private sealed record GrantIdOnly(Guid Id);
}
