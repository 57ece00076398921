using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// Every Accounts endpoint called as anonymous, as a plain teacher and as another school's admin.
/// The table below must name every endpoint the Host maps (a new endpoint fails the completeness
/// test until someone decides who may call it).
/// </summary>
public sealed class AuthorizationMatrixTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private sealed record World(Guid SchoolA, Guid CountyA, string Teacher, string OtherSchoolAdmin);

    private sealed record Rule(string Method, string Route, Func<World, string> Url, object? Body,
        HttpStatusCode Anonymous, HttpStatusCode? Teacher, HttpStatusCode? OtherSchoolAdmin);

    private static readonly Guid Someone = Guid.CreateVersion7();

    private static readonly object AdminProgram = new { title = "专题", audience = "basicEducation", startsOn = "2026-01-05", endsOn = "2026-02-28" };

    private static readonly object AdminResource = new { chapterId = Someone, title = "视频", kind = "video" };

    private static readonly object CreditRules = new
    {
        requiredTotalHours = 1, minutesPerHour = 45, creditWaitsForCompleteProfile = true, creditWaitsForVerification = false,
        roleRequirements = Array.Empty<object>(), courses = Array.Empty<object>(),
    };

    /// <summary>Stands for a multipart/form-data upload of a small PDF (an upload endpoint takes nothing else).</summary>
    private static readonly object Upload = new();

    private static readonly Rule[] Protected =
    [
        // One's own data: only the sign-in matters; a teacher reaches their own and nobody else's.
        new("GET", "/api/v1/me", _ => "/api/v1/me", null, HttpStatusCode.Unauthorized, null, null),
        new("GET", "/api/v1/me/admin-scopes", _ => "/api/v1/me/admin-scopes", null, HttpStatusCode.Unauthorized, null, null),
        new("GET", "/api/v1/me/profile", _ => "/api/v1/me/profile", null, HttpStatusCode.Unauthorized, null, null),
        new("PUT", "/api/v1/me/profile", _ => "/api/v1/me/profile", new { }, HttpStatusCode.Unauthorized, null, null),
        new("DELETE", "/api/v1/me/profile/school", _ => "/api/v1/me/profile/school", null, HttpStatusCode.Unauthorized, null, null),
        new("POST", "/api/v1/me/identity-switch", _ => "/api/v1/me/identity-switch", new { identity = "teacher", confirmClearStudentData = true },
            HttpStatusCode.Unauthorized, null, null),
        new("POST", "/api/v1/me/phone-rebinding", _ => "/api/v1/me/phone-rebinding",
            new { oldPhoneCode = "123456", newPhone = "13911112222", newPhoneCode = "123456" }, HttpStatusCode.Unauthorized, null, null),

        // Consent: the signed-in account's own; an account that has its basics cannot choose them again.
        new("POST", "/api/v1/me/consents", _ => "/api/v1/me/consents", new { userAgreementVersion = 1, privacyPolicyVersion = 1 },
            HttpStatusCode.Unauthorized, null, null),
        new("POST", "/api/v1/me/basics", _ => "/api/v1/me/basics",
            new { identity = "teacher", nickname = "张老师", userAgreementVersion = 1, privacyPolicyVersion = 1 },
            HttpStatusCode.Unauthorized, HttpStatusCode.Conflict, HttpStatusCode.Conflict),

        // A school's data: its admins and the region admins above it; anyone else does not see the school at all.
        new("GET", "/api/v1/schools/{schoolId:guid}/teachers", w => $"/api/v1/schools/{w.SchoolA}/teachers", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("POST", "/api/v1/schools/{schoolId:guid}/verifications", w => $"/api/v1/schools/{w.SchoolA}/verifications",
            new { accountIds = new[] { Someone }, decision = "approve" }, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("DELETE", "/api/v1/schools/{schoolId:guid}/teachers/{accountId:guid}", w => $"/api/v1/schools/{w.SchoolA}/teachers/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("PATCH", "/api/v1/schools/{id:guid}", w => $"/api/v1/schools/{w.SchoolA}", new { name = "改名小学", schoolSystem = "primary" },
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("POST", "/api/v1/regions/{countyId:guid}/schools", w => $"/api/v1/regions/{w.CountyA}/schools", new { name = "新建小学", schoolSystem = "primary" },
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),

        // Operators only.
        new("POST", "/api/v1/role-grants", _ => "/api/v1/role-grants", new { phone = "13800000001", role = "support" },
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/role-grants", _ => "/api/v1/role-grants", null, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("DELETE", "/api/v1/role-grants/{id:guid}", _ => $"/api/v1/role-grants/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/audit-events", _ => "/api/v1/audit-events", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),

        new("POST", "/api/v1/legal-documents/{kind:maxlength(13)}/versions", _ => "/api/v1/legal-documents/userAgreement/versions",
            new { title = "学时用户协议", text = "第二版" }, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),

        // The operator console: operators only, whatever the If-Match says.
        new("POST", "/api/v1/admin/trainings", _ => "/api/v1/admin/trainings", new { title = "研修", description = "" },
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/admin/trainings", _ => "/api/v1/admin/trainings", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/admin/trainings/{id:guid}", _ => $"/api/v1/admin/trainings/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("PUT", "/api/v1/admin/trainings/{id:guid}", _ => $"/api/v1/admin/trainings/{Someone}", new { title = "研修", description = "" },
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/programs", _ => "/api/v1/admin/programs", AdminProgram,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/admin/programs", _ => "/api/v1/admin/programs", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/admin/programs/{id:guid}", _ => $"/api/v1/admin/programs/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("PUT", "/api/v1/admin/programs/{id:guid}", _ => $"/api/v1/admin/programs/{Someone}", AdminProgram,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("DELETE", "/api/v1/admin/programs/{id:guid}", _ => $"/api/v1/admin/programs/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/programs/{id:guid}/publish", _ => $"/api/v1/admin/programs/{Someone}/publish", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/programs/{id:guid}/close", _ => $"/api/v1/admin/programs/{Someone}/close", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/admin/programs/{id:guid}/changes", _ => $"/api/v1/admin/programs/{Someone}/changes", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/programs/{id:guid}/courses", _ => $"/api/v1/admin/programs/{Someone}/courses", new { courseId = Someone },
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("PUT", "/api/v1/admin/programs/{id:guid}/courses/{courseId:guid}", _ => $"/api/v1/admin/programs/{Someone}/courses/{Someone}", new { position = 1 },
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("DELETE", "/api/v1/admin/programs/{id:guid}/courses/{courseId:guid}", _ => $"/api/v1/admin/programs/{Someone}/courses/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/courses", _ => "/api/v1/admin/courses", new { title = "课程" },
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/admin/courses", _ => "/api/v1/admin/courses", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/admin/courses/{id:guid}", _ => $"/api/v1/admin/courses/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("PUT", "/api/v1/admin/courses/{id:guid}", _ => $"/api/v1/admin/courses/{Someone}", new { title = "课程" },
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/courses/{id:guid}/chapters", _ => $"/api/v1/admin/courses/{Someone}/chapters", new { title = "第一章" },
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("PUT", "/api/v1/admin/courses/{id:guid}/chapters/{chapterId:guid}", _ => $"/api/v1/admin/courses/{Someone}/chapters/{Someone}", new { title = "第一章" },
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("DELETE", "/api/v1/admin/courses/{id:guid}/chapters/{chapterId:guid}", _ => $"/api/v1/admin/courses/{Someone}/chapters/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/courses/{id:guid}/resources", _ => $"/api/v1/admin/courses/{Someone}/resources", AdminResource,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("PUT", "/api/v1/admin/courses/{id:guid}/resources/{resourceId:guid}", _ => $"/api/v1/admin/courses/{Someone}/resources/{Someone}", AdminResource,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("DELETE", "/api/v1/admin/courses/{id:guid}/resources/{resourceId:guid}", _ => $"/api/v1/admin/courses/{Someone}/resources/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        // The teacher-facing catalog and enrollment: signed in; a program or course that is not there (or a draft) is 404.
        new("GET", "/api/v1/trainings/{id:guid}", _ => $"/api/v1/trainings/{Someone}", null, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/programs", _ => "/api/v1/programs", null, HttpStatusCode.Unauthorized, null, null),
        new("GET", "/api/v1/programs/{id:guid}", _ => $"/api/v1/programs/{Someone}", null, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/programs/{id:guid}/courses/{courseId:guid}", _ => $"/api/v1/programs/{Someone}/courses/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/programs/{id:guid}/enrollment", _ => $"/api/v1/programs/{Someone}/enrollment", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("POST", "/api/v1/programs/{id:guid}/enrollment", _ => $"/api/v1/programs/{Someone}/enrollment", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/programs/{id:guid}/enrollment-check", _ => $"/api/v1/programs/{Someone}/enrollment-check", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/me/enrollments", _ => "/api/v1/me/enrollments", null, HttpStatusCode.Unauthorized, null, null),
        new("GET", "/api/v1/courses/{courseId:guid}/reviews", _ => $"/api/v1/courses/{Someone}/reviews", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("PUT", "/api/v1/courses/{courseId:guid}/reviews/mine", _ => $"/api/v1/courses/{Someone}/reviews/mine", new { stars = 5, comment = "好" },
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("PUT", "/api/v1/courses/{courseId:guid}/like", _ => $"/api/v1/courses/{Someone}/like", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("DELETE", "/api/v1/courses/{courseId:guid}/like", _ => $"/api/v1/courses/{Someone}/like", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),

        // Media: uploads and metadata are for operators (refused before the body is read); content is 404 to whoever may not read it.
        new("POST", "/api/v1/media/videos", _ => "/api/v1/media/videos", Upload, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/media/documents", _ => "/api/v1/media/documents", Upload, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/media/images", _ => "/api/v1/media/images", Upload, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/media/{id:guid}", _ => $"/api/v1/media/{Someone}", null, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/media/{id:guid}/content", _ => $"/api/v1/media/{Someone}/content", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("POST", "/api/v1/media/{id:guid}/access", _ => $"/api/v1/media/{Someone}/access", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        // Learning: the teacher's own playbacks; a resource not in a program, or a playback not theirs, is 404.
        new("POST", "/api/v1/programs/{programId:guid}/resources/{resourceId:guid}/playbacks",
            _ => $"/api/v1/programs/{Someone}/resources/{Someone}/playbacks", new { }, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound,
            HttpStatusCode.NotFound),
        new("POST", "/api/v1/playbacks/{playbackId:guid}/heartbeats", _ => $"/api/v1/playbacks/{Someone}/heartbeats",
            new { sequence = 1, positionSeconds = 1.0, playing = true }, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/playbacks/{playbackId:guid}/quiz", _ => $"/api/v1/playbacks/{Someone}/quiz", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("POST", "/api/v1/playbacks/{playbackId:guid}/quiz/attempts", _ => $"/api/v1/playbacks/{Someone}/quiz/attempts",
            new { answers = Array.Empty<object>() }, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/programs/{programId:guid}/progress", _ => $"/api/v1/programs/{Someone}/progress", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),

        // Credit: the teacher's own statement (a program not there is 404); the rules are for operators only.
        new("GET", "/api/v1/programs/{programId:guid}/credit", _ => $"/api/v1/programs/{Someone}/credit", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/admin/programs/{programId:guid}/credit-rules", _ => $"/api/v1/admin/programs/{Someone}/credit-rules", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/admin/programs/{programId:guid}/credit-rules/versions/{version:int}",
            _ => $"/api/v1/admin/programs/{Someone}/credit-rules/versions/1", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("PUT", "/api/v1/admin/programs/{programId:guid}/credit-rules/draft", _ => $"/api/v1/admin/programs/{Someone}/credit-rules/draft", CreditRules,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("DELETE", "/api/v1/admin/programs/{programId:guid}/credit-rules/draft", _ => $"/api/v1/admin/programs/{Someone}/credit-rules/draft", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/programs/{programId:guid}/credit-rules/draft/publish",
            _ => $"/api/v1/admin/programs/{Someone}/credit-rules/draft/publish", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/programs/{programId:guid}/credit-rules/validate", _ => $"/api/v1/admin/programs/{Someone}/credit-rules/validate",
            CreditRules, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/admin/programs/{programId:guid}/credit-rules/preview", _ => $"/api/v1/admin/programs/{Someone}/credit-rules/preview",
            new { teacherPhone = "13800000001" }, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),

        // Certificates: the teacher's own (a program not there is 404, someone else's certificate is 404 as one that does not
        // exist); a school's list and export for its own administrator only (404 for anyone else); a training's certificate
        // for operators only.
        new("GET", "/api/v1/programs/{programId:guid}/certificate", _ => $"/api/v1/programs/{Someone}/certificate", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/programs/{programId:guid}/certificate/preview", _ => $"/api/v1/programs/{Someone}/certificate/preview", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("POST", "/api/v1/programs/{programId:guid}/certificate", _ => $"/api/v1/programs/{Someone}/certificate", new { previewDigest = "abc" },
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/me/certificates", _ => "/api/v1/me/certificates", null, HttpStatusCode.Unauthorized, null, null),
        new("GET", "/api/v1/me/certificates/{certificateId:guid}", _ => $"/api/v1/me/certificates/{Someone}", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/me/certificates/{certificateId:guid}/pdf", _ => $"/api/v1/me/certificates/{Someone}/pdf", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/schools/{schoolId:guid}/certificates", w => $"/api/v1/schools/{w.SchoolA}/certificates", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("GET", "/api/v1/schools/{schoolId:guid}/certificates/export", w => $"/api/v1/schools/{w.SchoolA}/certificates/export", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
        new("PUT", "/api/v1/admin/trainings/{trainingId:guid}/certificate", _ => $"/api/v1/admin/trainings/{Someone}/certificate",
            new { certificateDate = "2030-03-01" }, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/admin/trainings/{trainingId:guid}/certificate", _ => $"/api/v1/admin/trainings/{Someone}/certificate", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),

        // Support agents only.
        new("GET", "/api/v1/phone-rebinding-requests", _ => "/api/v1/phone-rebinding-requests", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("GET", "/api/v1/phone-rebinding-requests/{id:guid}/photo", _ => $"/api/v1/phone-rebinding-requests/{Someone}/photo", null,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        new("POST", "/api/v1/phone-rebinding-requests/{id:guid}/decision", _ => $"/api/v1/phone-rebinding-requests/{Someone}/decision",
            new { approve = true }, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
    ];

    /// <summary>Open to anyone by design: signing up and in, the public directory, and the legal documents.</summary>
    private static readonly string[] Public =
    [
        "POST /api/v1/accounts", "POST /api/v1/auth/sms-codes", "POST /api/v1/auth/tokens", "POST /api/v1/auth/tokens/refresh",
        "POST /api/v1/auth/password-resets", "POST /api/v1/auth/sign-out", "GET /api/v1/profile-options", "GET /api/v1/regions",
        "GET /api/v1/schools", "GET /api/v1/schools/{id:guid}", "POST /api/v1/phone-rebinding-requests", "GET /api/v1/dev/sms-messages",
        // The test clock, Development only like the SMS inbox (never mapped elsewhere: StartupChecksTests).
        "GET /api/v1/dev/clock", "PUT /api/v1/dev/clock", "DELETE /api/v1/dev/clock",
        "GET /api/v1/legal-documents", "GET /api/v1/legal-documents/{kind}",
        // The signed media link: its signature (issued by POST /media/{id}/access to an authorized caller) stands for the bearer token for one file.
        "GET /api/v1/media/{id:guid}/stream",
        // Certificate verification: anyone holding a certificate, with its serial and code; rate-limited per address.
        "GET /api/v1/certificates/verify",
    ];

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public void Every_API_endpoint_is_in_the_table()
    {
        var mapped = api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        var listed = Protected.Select(r => $"{r.Method} {r.Route}").Concat(Public).ToHashSet();

        Assert.Empty(mapped.Except(listed));
        Assert.Empty(listed.Except(mapped));
    }

    [Fact]
    public async Task Each_protected_endpoint_refuses_the_callers_it_must()
    {
        var world = await BuildWorldAsync();
        var failures = new List<string>();
        foreach (var rule in Protected)
        {
            await ExpectAsync(rule, null, rule.Anonymous, "anonymous", failures);
            if (rule.Teacher is { } teacher)
            {
                await ExpectAsync(rule, world.Teacher, teacher, "teacher", failures);
            }

            if (rule.OtherSchoolAdmin is { } other)
            {
                await ExpectAsync(rule, world.OtherSchoolAdmin, other, "another school's admin", failures);
            }

            async Task ExpectAsync(Rule r, string? token, HttpStatusCode expected, string who, List<string> errors)
            {
                using var request = new HttpRequestMessage(new HttpMethod(r.Method), new Uri(r.Url(world), UriKind.Relative));
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                if (r.Body is not null)
                {
                    request.Content = ReferenceEquals(r.Body, Upload) ? TestMedia.Form(TestMedia.Pdf(), "a.pdf", "application/pdf") : JsonContent.Create(r.Body);
                }

                using var response = await _client.SendAsync(request);
                if (response.StatusCode != expected)
                {
                    errors.Add($"{r.Method} {r.Route} as {who}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    errors.Add($"{r.Method} {r.Route} as {who}: {(int)expected} without ProblemDetails");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<World> BuildWorldAsync()
    {
        var (county, schoolA) = await DirectorySeed.CreateSchoolInNewCountyAsync(api.ConnectionString);
        var schoolB = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId);
        var teacherPhone = TestPhones.Next();
        await _client.RegisterAsync(teacherPhone);
        var teacher = (await _client.SignInOkAsync(teacherPhone)).AccessToken;
        var otherAdmin = await _client.SchoolAdminAsync(api.ConnectionString, schoolB);
        return new World(schoolA, county.CountyId, teacher, otherAdmin);
    }
}
