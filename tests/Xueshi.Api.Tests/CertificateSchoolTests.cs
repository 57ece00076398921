using System.Net;
using System.Text;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>A school's certificates for its administrator: full names, 6+4 ID numbers, hours per program, and the CSV for Excel.</summary>
public sealed class CertificateSchoolTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private sealed record World(Guid SchoolA, Guid SchoolB, string AdminA, string AdminB, SeededProgram Program,
        IReadOnlyList<(SignedInTeacher Teacher, string Name, string IdNumber)> TeachersA, SignedInTeacher TeacherB);

    private async Task<World> WorldAsync()
    {
        var today = CatalogSeed.Today(api.Factory);
        var program = await CatalogSeed.ProgramAsync(api.Factory, "学校证书名单专题", today.AddDays(-1), today.AddDays(10), certificateDate: today);
        var video = await HeartbeatApi.AddVideoAsync(api.Factory, program, 30);
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        await _client.PublishRulesAsync(op, program.ProgramId, CreditRulesApi.Rules(1, [CreditRulesApi.PerResourceCourse(program.CourseId, 1, 2, (video, 1.5m))]));
        var county = await DirectorySeed.CreateCountyAsync(api.ConnectionString);
        var schoolA = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId);
        var schoolB = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId);

        async Task<(SignedInTeacher, string, string)> ClaimAsync(Guid school, string name)
        {
            var teacher = await _client.TeacherAsync();
            var idNumber = TestIdNumbers.Next();
            await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(idNumber, school, name));
            await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
            await _client.CompleteVideoAsync(api.Factory, teacher.Token, program.ProgramId, video, 30);
            await _client.ApproveAsync(api.ConnectionString, school, teacher.AccountId);
            await _client.ClaimOkAsync(teacher.Token, program.ProgramId);
            return (teacher, name, idNumber);
        }

        var teachersA = new[] { await ClaimAsync(schoolA, "李秀英"), await ClaimAsync(schoolA, "王建国") };
        var (teacherB, _, _) = await ClaimAsync(schoolB, "赵敏");
        return new World(schoolA, schoolB, await _client.SchoolAdminAsync(api.ConnectionString, schoolA),
            await _client.SchoolAdminAsync(api.ConnectionString, schoolB), program, teachersA, teacherB);
    }

    [Fact]
    public async Task A_school_admin_lists_the_schools_certificates_with_full_names_and_6_4_ID_numbers_and_the_read_is_audited()
    {
        var w = await WorldAsync();

        var page = await _client.GetOkAsync(w.AdminA, $"/api/v1/schools/{w.SchoolA}/certificates");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        foreach (var (teacher, name, idNumber) in w.TeachersA)
        {
            var row = Assert.Single(items, i => i.GetProperty("teacherId").GetGuid() == teacher.AccountId);
            Assert.Equal(name, row.GetProperty("holderName").GetString());
            Assert.Equal(idNumber[..6] + new string('*', idNumber.Length - 10) + idNumber[^4..], row.GetProperty("idNumber").GetString());
            Assert.Matches("^XS-", row.GetProperty("serial").GetString());
            var program = Assert.Single(row.GetProperty("programs").EnumerateArray().ToList());
            Assert.Equal((w.Program.ProgramId, 1.5m), (program.GetProperty("programId").GetGuid(), program.GetProperty("hours").GetDecimal()));
        }

        Assert.DoesNotContain(items, i => i.GetProperty("teacherId").GetGuid() == w.TeacherB.AccountId);
        Assert.Equal(2, (await _client.GetOkAsync(w.AdminA, $"/api/v1/schools/{w.SchoolA}/certificates?programId={w.Program.ProgramId}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _client.GetOkAsync(w.AdminA, $"/api/v1/schools/{w.SchoolA}/certificates?programId={Guid.CreateVersion7()}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _client.GetOkAsync(w.AdminA, $"/api/v1/schools/{w.SchoolA}/certificates?status=void")).GetProperty("total").GetInt32());
        var second = await _client.GetOkAsync(w.AdminA, $"/api/v1/schools/{w.SchoolA}/certificates?pageSize=1&page=2");
        Assert.Single(second.GetProperty("items").EnumerateArray().ToList());

        var audited = await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM accounts.audit_events WHERE resource_type = 'SchoolCertificates' AND @t = ANY(subject_account_ids)",
            ("t", w.TeachersA[0].Teacher.AccountId));
        Assert.True(audited >= 1);
    }

    [Fact]
    public async Task Only_the_schools_own_administrator_reads_it_and_bad_queries_get_their_codes()
    {
        var w = await WorldAsync();

        Assert.Equal("certificates.school_not_found", (await (await _client.SendAsAsync(w.AdminB, HttpMethod.Get, $"/api/v1/schools/{w.SchoolA}/certificates"))
            .ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal("certificates.school_not_found", (await (await _client.SendAsAsync(w.TeachersA[0].Teacher.Token, HttpMethod.Get, $"/api/v1/schools/{w.SchoolA}/certificates/export"))
            .ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsAsync(null, HttpMethod.Get, $"/api/v1/schools/{w.SchoolA}/certificates")).StatusCode);
        Assert.Contains("pageSize", (await (await _client.SendAsAsync(w.AdminA, HttpMethod.Get, $"/api/v1/schools/{w.SchoolA}/certificates?pageSize=500"))
            .ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("status", (await (await _client.SendAsAsync(w.AdminA, HttpMethod.Get, $"/api/v1/schools/{w.SchoolA}/certificates?status=lost"))
            .ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("status", (await (await _client.SendAsAsync(w.AdminA, HttpMethod.Get, $"/api/v1/schools/{w.SchoolA}/certificates/export?status=lost"))
            .ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task The_export_is_a_UTF8_CSV_with_a_byte_order_mark_that_Excel_opens()
    {
        var w = await WorldAsync();

        var response = await _client.SendAsAsync(w.AdminA, HttpMethod.Get, $"/api/v1/schools/{w.SchoolA}/certificates/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("姓名,证件号码,证书名称,专题,专题学时,证书总学时,证书编号,发证日期,状态", lines[0]);
        Assert.Equal(3, lines.Length);
        var (_, name, idNumber) = w.TeachersA[0];
        var row = Assert.Single(lines, l => l.StartsWith(name + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal(idNumber[..6] + new string('*', idNumber.Length - 10) + idNumber[^4..], row[1]);
        Assert.Equal(("学校证书名单专题", "1.5", "有效"), (row[3], row[4], row[8]));
        Assert.DoesNotContain(lines, l => l.StartsWith("赵敏", StringComparison.Ordinal));
        Assert.True(await DirectorySql.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM accounts.audit_events WHERE resource_type = 'SchoolCertificatesExport' AND @t = ANY(subject_account_ids)",
            ("t", w.TeachersA[1].Teacher.AccountId)) == 1);
    }
}
