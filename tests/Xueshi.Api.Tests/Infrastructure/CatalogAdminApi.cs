using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>The operator console as a test drives it: an operator's token, If-Match on every change, ids and ETags back.</summary>
internal static class CatalogAdminApi
{
    /// <summary>A signed-in operator: the role is granted, then read into a fresh token by signing in again.</summary>
    public static async Task<string> OperatorTokenAsync(this HttpClient client, string connectionString)
    {
        var op = await client.NewSignedInAsync("运营");
        await DirectorySql.GrantAsync(connectionString, op.AccountId, "Operator");
        return (await client.SignInOkAsync(op.Phone)).AccessToken;
    }

    public static Task<HttpResponseMessage> AdminAsync(this HttpClient client, string? token, HttpMethod method, string url, object? body = null,
        string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>A 2xx answer's body and ETag.</summary>
    public static async Task<(JsonElement Body, string ETag)> ReadTaggedAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.ReadOkAsync<JsonElement>(expected);
        return (body, response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("No ETag."));
    }

    public static object ProgramBody(string title = "测试专题", string startsOn = "2026-01-05", string endsOn = "2026-02-28") => new
    {
        title,
        description = "专题介绍",
        audience = "basicEducation",
        startsOn,
        endsOn,
        certificateDate = "2026-03-15",
        schoolSystems = new { admitted = new[] { "primary", "juniorSecondary" }, refusalMessage = "本平台为基础教育教师学习平台。" },
        admittedIdentities = new[] { "teacher" },
        requiredProfileFields = new[] { "isHeadTeacher" },
        support = new { phone = "400-606-3368", hours = "工作日 9:00-17:00", qqGroup = "123456" },
    };

    public static async Task<(Guid Id, string ETag)> CreateProgramAsync(this HttpClient client, string token, object? body = null)
    {
        var (program, etag) = await (await client.AdminAsync(token, HttpMethod.Post, "/api/v1/admin/programs", body ?? ProgramBody()))
            .ReadTaggedAsync(HttpStatusCode.Created);
        return (program.GetProperty("id").GetGuid(), etag);
    }

    public static async Task<(Guid Id, string ETag)> CreateCourseAsync(this HttpClient client, string token, string title = "新时代师德修养")
    {
        var (course, etag) = await (await client.AdminAsync(token, HttpMethod.Post, "/api/v1/admin/courses",
            new { title, description = "课程简介", lecturers = new[] { new { name = "王明", title = "教授", affiliation = "北京师范大学" } } }))
            .ReadTaggedAsync(HttpStatusCode.Created);
        return (course.GetProperty("id").GetGuid(), etag);
    }

    public static async Task<(Guid ChapterId, string ETag)> AddChapterAsync(this HttpClient client, string token, Guid courseId, string etag, string title = "第一章")
    {
        var (course, newTag) = await (await client.AdminAsync(token, HttpMethod.Post, $"/api/v1/admin/courses/{courseId}/chapters", new { title }, etag))
            .ReadTaggedAsync();
        return (course.GetProperty("chapters").EnumerateArray().Last().GetProperty("id").GetGuid(), newTag);
    }

    public static object VideoBody(Guid chapterId, Guid? mediaId, int? quizAt = null, object[]? questions = null, string title = "第一节 关爱学生") => new
    {
        chapterId,
        title,
        kind = "video",
        isExtension = false,
        mediaId,
        quiz = quizAt is null ? null : new { positionSeconds = quizAt, questions = questions ?? [TrueFalse()] },
    };

    public static object TrueFalse(bool withAnswer = true, Guid? id = null, Guid? yes = null, Guid? no = null) => new
    {
        id,
        kind = "trueFalse",
        text = "教师应当关爱全体学生。",
        options = new[] { new { id = yes, text = "正确", isCorrect = withAnswer }, new { id = no, text = "错误", isCorrect = false } },
    };

    /// <summary>Adds a resource; answers its id (the last of the chapter) and the course's new ETag.</summary>
    public static async Task<(Guid ResourceId, string ETag, JsonElement Course)> AddResourceAsync(this HttpClient client, string token, Guid courseId,
        string etag, object body)
    {
        var (course, newTag) = await (await client.AdminAsync(token, HttpMethod.Post, $"/api/v1/admin/courses/{courseId}/resources", body, etag))
            .ReadTaggedAsync();
        var resource = course.GetProperty("chapters").EnumerateArray().SelectMany(c => c.GetProperty("resources").EnumerateArray())
            .OrderBy(r => r.GetProperty("id").GetGuid()).Last();
        return (resource.GetProperty("id").GetGuid(), newTag, course);
    }

    public static async Task<string> AttachAsync(this HttpClient client, string token, Guid programId, string etag, Guid courseId, string? opensOn = null)
    {
        var (_, newTag) = await (await client.AdminAsync(token, HttpMethod.Post, $"/api/v1/admin/programs/{programId}/courses",
            new { courseId, opensOn }, etag)).ReadTaggedAsync();
        return newTag;
    }

    /// <summary>A media row as the media upload leaves it (the duration is what ffprobe would have measured).</summary>
    public static async Task<Guid> InsertMediaAsync(string connectionString, string kind = "Video", double? durationSeconds = 180)
    {
        var id = Guid.CreateVersion7();
        await DirectorySql.ExecuteSqlAsync(connectionString,
            "INSERT INTO enrollment.media_files (id, kind, content_type, size_bytes, sha256, duration_seconds, storage_key, uploaded_at) " +
            "VALUES (@id, @kind, @type, 1000, @sha, @duration, @key, now())",
            ("id", id), ("kind", kind), ("type", kind == "Pdf" ? "application/pdf" : "video/webm"), ("sha", new string('a', 64)),
            ("duration", (object?)durationSeconds ?? DBNull.Value), ("key", $"test/{id:N}"));
        return id;
    }

    /// <summary>A published program with one course holding one 180 s video (with a quiz at 170 s): the usual world to edit.</summary>
    public static async Task<PublishedWorld> PublishedWorldAsync(this HttpClient client, string token, string connectionString)
    {
        var media = await InsertMediaAsync(connectionString);
        var (programId, programTag) = await client.CreateProgramAsync(token);
        var (courseId, courseTag) = await client.CreateCourseAsync(token);
        var (chapterId, chapterTag) = await client.AddChapterAsync(token, courseId, courseTag);
        var (resourceId, resourceTag, _) = await client.AddResourceAsync(token, courseId, chapterTag, VideoBody(chapterId, media, 170));
        programTag = await client.AttachAsync(token, programId, programTag, courseId, "2026-01-10");
        var (_, published) = await (await client.AdminAsync(token, HttpMethod.Post, $"/api/v1/admin/programs/{programId}/publish", null, programTag))
            .ReadTaggedAsync();
        return new PublishedWorld(programId, published, courseId, resourceTag, chapterId, resourceId, media);
    }
}

internal sealed record PublishedWorld(Guid ProgramId, string ProgramETag, Guid CourseId, string CourseETag, Guid ChapterId, Guid VideoId, Guid MediaId);
