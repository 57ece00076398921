using System.Net;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Contracts;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// Makes the certificates' signed data fail to encrypt on cue, as a Host dying half-way through a reissue would leave it:
/// everything else is the real Host.
/// </summary>
public sealed class CrashingCertificatesFixture : ApiFixture
{
    public CrashSwitch Crash { get; } = new();

    protected override Action<IServiceCollection> Services => services =>
    {
        var original = services.Last(d => d.ServiceType == typeof(IDataProtectionProvider));
        services.Remove(original);
        services.AddSingleton<IDataProtectionProvider>(sp => new CrashingProvider(
            (IDataProtectionProvider)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)), Crash));
    };

    public sealed class CrashSwitch
    {
        private int _protectsLeft = int.MaxValue;

        /// <summary>After this many more certificates are encrypted, the next one fails.</summary>
        public void ArmAfter(int protects) => Volatile.Write(ref _protectsLeft, protects);

        public void Disarm() => Volatile.Write(ref _protectsLeft, int.MaxValue);

        public void Check()
        {
            if (Interlocked.Decrement(ref _protectsLeft) < 0)
            {
                throw new IOException("The Host died half-way through the reissue (test crash).");
            }
        }
    }

    private sealed class CrashingProvider(IDataProtectionProvider inner, CrashSwitch crash) : IDataProtectionProvider
    {
        public IDataProtector CreateProtector(string purpose) =>
            purpose == "Xueshi.Certificates.SignedData" ? new CrashingProtector(inner.CreateProtector(purpose), crash) : inner.CreateProtector(purpose);
    }

    private sealed class CrashingProtector(IDataProtector inner, CrashSwitch crash) : IDataProtector
    {
        public IDataProtector CreateProtector(string purpose) => inner.CreateProtector(purpose);

        public byte[] Protect(byte[] plaintext)
        {
            crash.Check();
            return inner.Protect(plaintext);
        }

        public byte[] Unprotect(byte[] protectedData) => inner.Unprotect(protectedData);
    }
}

/// <summary>证书防伪: a correction of the verified data (remove school → edit → verify again) voids the old certificates and reissues them, once.</summary>
public sealed class CertificateReissueTests(CrashingCertificatesFixture api) : IClassFixture<CrashingCertificatesFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private sealed record Claimed(SignedInTeacher Teacher, Guid SchoolId, string IdNumber, IReadOnlyList<JsonElement> Certificates);

    /// <summary>A verified teacher holding a certificate of each of <paramref name="programs"/> new programs.</summary>
    private async Task<Claimed> TeacherWithCertificatesAsync(string name, int programs = 1)
    {
        var county = await DirectorySeed.CreateCountyAsync(api.ConnectionString);
        var school = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId);
        var teacher = await _client.TeacherAsync();
        var idNumber = TestIdNumbers.Next();
        await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(idNumber, school, name));
        await _client.ApproveAsync(api.ConnectionString, school, teacher.AccountId);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var certificates = new List<JsonElement>();
        for (var i = 0; i < programs; i++)
        {
            var today = CatalogSeed.Today(api.Factory);
            var program = await CatalogSeed.ProgramAsync(api.Factory, $"重新生成证书专题{i + 1}", today.AddDays(-1), today.AddDays(10), certificateDate: today);
            var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
            await _client.PublishRulesAsync(op, program.ProgramId, CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 1, (video, 1))]));
            await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
            await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);
            certificates.Add(await _client.ClaimOkAsync(teacher.Token, program.ProgramId));
        }

        return new Claimed(teacher, school, idNumber, certificates);
    }

    /// <summary>删除任教信息, correct the name, choose the school again, and the school verifies again.</summary>
    private async Task CorrectNameAsync(Claimed claimed, string newName)
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Delete, "/api/v1/me/profile/school", claimed.Teacher.Token)).StatusCode);
        await _client.PutProfileOkAsync(claimed.Teacher.Token, ProfileApi.CompleteProfile(claimed.IdNumber, claimed.SchoolId, newName));
        await _client.ApproveAsync(api.ConnectionString, claimed.SchoolId, claimed.Teacher.AccountId);
    }

    private Task<long> CountAsync(string sql, Guid teacherId) => DirectorySql.ScalarAsync<long>(api.ConnectionString, sql, ("t", teacherId));

    private Task<long> ValidAsync(Guid teacherId) =>
        CountAsync("SELECT count(*) FROM certificates.certificates WHERE teacher_id = @t AND status = 'Valid'", teacherId);

    private Task<long> VoidAsync(Guid teacherId) =>
        CountAsync("SELECT count(*) FROM certificates.certificates WHERE teacher_id = @t AND status = 'Void'", teacherId);

    private Task<long> VoidedEventsAsync(Guid teacherId) =>
        CountAsync("SELECT count(*) FROM certificates.outbox_messages WHERE type LIKE '%CertificateVoided%' AND payload->>'teacherId' = @t::text", teacherId);

    [Fact]
    public async Task Correcting_the_name_voids_the_certificate_and_issues_one_with_the_new_name_and_the_same_hours()
    {
        var claimed = await TeacherWithCertificatesAsync("李秀英");
        var old = claimed.Certificates[0];

        await CorrectNameAsync(claimed, "李秀瑛");
        await Eventually.HoldsAsync(async () => await VoidAsync(claimed.Teacher.AccountId) == 1);

        var mine = (await _client.GetOkAsync(claimed.Teacher.Token, "/api/v1/me/certificates")).EnumerateArray().ToList();
        Assert.Equal(2, mine.Count);
        var voided = Assert.Single(mine, c => c.GetProperty("status").GetString() == "void");
        var current = Assert.Single(mine, c => c.GetProperty("status").GetString() == "valid");
        Assert.Equal(old.GetProperty("id").GetGuid(), voided.GetProperty("id").GetGuid());
        Assert.Equal(current.GetProperty("id").GetGuid(), voided.GetProperty("supersededById").GetGuid());
        Assert.NotEqual(JsonValueKind.Null, voided.GetProperty("voidedAt").ValueKind);
        Assert.NotEqual(old.GetProperty("serial").GetString(), current.GetProperty("serial").GetString());
        Assert.Equal(old.GetProperty("totalHours").GetDecimal(), current.GetProperty("totalHours").GetDecimal());
        Assert.Equal(old.GetProperty("issuedOn").GetString(), current.GetProperty("issuedOn").GetString());
        Assert.Equal("李秀瑛", await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT holder_name FROM certificates.certificates WHERE id = @id", ("id", current.GetProperty("id").GetGuid())));
        Assert.Equal("李秀英", await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT holder_name FROM certificates.certificates WHERE id = @id", ("id", old.GetProperty("id").GetGuid())));
        Assert.Equal(1L, await VoidedEventsAsync(claimed.Teacher.AccountId));
        Assert.Equal(2L, await CertificatesApi.IssuedEventsAsync(api.ConnectionString, claimed.Teacher.AccountId));

        // The old paper's verification page says void, since when, and which certificate replaced it.
        var page = await (await _client.GetAsync(new Uri(
            $"/api/v1/certificates/verify?serial={old.GetProperty("serial").GetString()}&code={old.GetProperty("verificationCode").GetString()}", UriKind.Relative)))
            .ReadOkAsync<JsonElement>();
        Assert.Equal("void", page.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, page.GetProperty("voidedAt").ValueKind);
        Assert.Equal(current.GetProperty("serial").GetString(), page.GetProperty("supersededBy").GetProperty("serial").GetString());
        Assert.Equal("certificates.void", (await (await _client.SendAsAsync(claimed.Teacher.Token, HttpMethod.Get,
            $"/api/v1/me/certificates/{old.GetProperty("id").GetGuid()}/pdf")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Contains("李秀瑛", Xueshi.Certificates.Tests.Poppler.Text(await (await _client.SendAsAsync(claimed.Teacher.Token, HttpMethod.Get,
            $"/api/v1/me/certificates/{current.GetProperty("id").GetGuid()}/pdf")).Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        // Verified again with nothing changed: nothing to void.
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Delete, "/api/v1/me/profile/school", claimed.Teacher.Token)).StatusCode);
        await _client.PutProfileOkAsync(claimed.Teacher.Token, ProfileApi.CompleteProfile(claimed.IdNumber, claimed.SchoolId, "李秀瑛"));
        await _client.ApproveAsync(api.ConnectionString, claimed.SchoolId, claimed.Teacher.AccountId);
        await Eventually.HoldsAsync(async () => await CountAsync(
            "SELECT count(*) FROM accounts.outbox_messages WHERE type LIKE '%TeacherVerificationApproved%' AND payload->>'accountId' = @t::text AND processed_at IS NULL",
            claimed.Teacher.AccountId) == 0);
        Assert.Equal((1L, 1L), (await ValidAsync(claimed.Teacher.AccountId), await VoidAsync(claimed.Teacher.AccountId)));
    }

    [Fact]
    public async Task A_verification_event_delivered_twice_or_concurrently_reissues_once()
    {
        var claimed = await TeacherWithCertificatesAsync("周子涵");
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Delete, "/api/v1/me/profile/school", claimed.Teacher.Token)).StatusCode);
        await _client.PutProfileOkAsync(claimed.Teacher.Token, ProfileApi.CompleteProfile(claimed.IdNumber, claimed.SchoolId, "周梓涵"));
        await _client.ApproveAsync(api.ConnectionString, claimed.SchoolId, claimed.Teacher.AccountId);
        await Eventually.HoldsAsync(async () => await VoidAsync(claimed.Teacher.AccountId) == 1);
        var payload = await DirectorySql.ScalarAsync<string>(api.ConnectionString,
            "SELECT payload::text FROM accounts.outbox_messages WHERE type LIKE '%TeacherVerificationApproved%' AND payload->>'accountId' = @t::text ORDER BY occurred_at DESC LIMIT 1",
            ("t", claimed.Teacher.AccountId));
        var approved = JsonSerializer.Deserialize<TeacherVerificationApproved>(payload!, ApiResponses.JsonOptions)!;

        // The same event again, three times at once, as a redelivering outbox would.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PublishAsync(approved)));

        Assert.Equal((1L, 1L), (await ValidAsync(claimed.Teacher.AccountId), await VoidAsync(claimed.Teacher.AccountId)));
        Assert.Equal(1L, await VoidedEventsAsync(claimed.Teacher.AccountId));
        Assert.Equal(2L, await CertificatesApi.IssuedEventsAsync(api.ConnectionString, claimed.Teacher.AccountId));
    }

    [Fact]
    public async Task A_reissue_that_dies_half_way_leaves_nothing_half_done_and_completes_when_the_event_comes_again()
    {
        var claimed = await TeacherWithCertificatesAsync("吴日新", programs: 2);

        // The first certificate's replacement is encrypted, the second's fails: the Host "dies" between them.
        api.Crash.ArmAfter(1);
        try
        {
            await CorrectNameAsync(claimed, "吴日昕");
            await Eventually.HoldsAsync(async () => await CountAsync(
                "SELECT count(*) FROM accounts.outbox_messages WHERE type LIKE '%TeacherVerificationApproved%' AND payload->>'accountId' = @t::text AND attempts > 0",
                claimed.Teacher.AccountId) >= 1);

            Assert.Equal((2L, 0L), (await ValidAsync(claimed.Teacher.AccountId), await VoidAsync(claimed.Teacher.AccountId)));
            Assert.Equal(0L, await VoidedEventsAsync(claimed.Teacher.AccountId));
            Assert.Equal(0L, await CountAsync(
                "SELECT count(*) FROM certificates.inbox_messages i JOIN accounts.outbox_messages o ON o.id = i.event_id " +
                "WHERE o.payload->>'accountId' = @t::text AND o.attempts > 0 AND i.handler LIKE '%Reissue%'", claimed.Teacher.AccountId));
        }
        finally
        {
            api.Crash.Disarm();
        }

        // The outbox tries again after its back-off (two seconds for a first failure, by the Host's clock).
        api.Factory.Clock.Advance(TimeSpan.FromSeconds(3));
        await Eventually.HoldsAsync(async () => await VoidAsync(claimed.Teacher.AccountId) == 2);
        Assert.Equal(2L, await ValidAsync(claimed.Teacher.AccountId));
        Assert.Equal(2L, await VoidedEventsAsync(claimed.Teacher.AccountId));
        Assert.Equal(4L, await CertificatesApi.IssuedEventsAsync(api.ConnectionString, claimed.Teacher.AccountId));
    }

    private async Task PublishAsync(TeacherVerificationApproved approved)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(approved);
    }
}
