using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.DemoData;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Api.Tests;

/// <summary>
/// Who reads a media file: operators always; a teacher the videos and PDFs of the published or closed
/// programs they are enrolled in, and the covers of published programs. Everything else answers 404,
/// as an unknown id does, so the media of a draft program cannot be probed. The catalog is arranged
/// with the domain's own factories straight in the database (the operator console comes separately).
/// </summary>
public sealed class MediaAccessTests(MediaFixture api) : IClassFixture<MediaFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private sealed record Catalog(Guid Video, Guid Pdf, Guid Cover);

    /// <summary>A program in the given state with one course: a video, a PDF text resource, and a cover; the teachers enrolled in it.</summary>
    private async Task<Catalog> ProgramAsync(string op, ProgramState state, params Guid[] enrolled)
    {
        var video = await UploadAsync(op, "videos", await TestMedia.WebMAsync(), "v.webm", "video/webm");
        var pdf = await UploadAsync(op, "documents", TestMedia.Pdf(), "d.pdf", "application/pdf");
        var cover = await UploadAsync(op, "images", TestImages.TinyPng(), "c.png", "image/png");

        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        var now = DateTimeOffset.UtcNow;
        var builder = new CatalogBuilder(db, new DemoCatalogMedia([new DemoVideo(video, 3)], pdf, cover), now);
        var details = DemoProgram.Details(now, cover) with { Title = $"媒体权限测试专题 {Guid.NewGuid():N}" };
        var program = builder.Program(details, publish: state != ProgramState.Draft);
        if (state == ProgramState.Closed)
        {
            program.Close(now);
        }

        var course = builder.Course("媒体课程", "用于媒体权限测试。");
        var chapter = builder.Chapter(course, "第一章", 1);
        builder.Video(chapter, 1, "第1节 视频", new DemoVideo(video, 3));
        builder.Pdf(chapter, 2, "第2节 文档", minReadingSeconds: 30, studyMinutes: 2);
        builder.Include(program, course, 1);
        foreach (var teacher in enrolled)
        {
            db.Enrollments.Add(ProgramEnrollment.Create(teacher, program.Id, now));
        }

        await db.SaveChangesAsync();
        return new Catalog(video, pdf, cover);
    }

    private async Task<Guid> UploadAsync(string op, string kind, byte[] content, string name, string type) =>
        (await (await _client.UploadAsync(op, kind, content, name, type)).ReadOkAsync<MediaBody>(HttpStatusCode.Created)).Id;

    private async Task<HttpStatusCode> ReadAsync(string token, Guid media)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/media/{media}/content", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Range = new RangeHeaderValue(0, 9);
        using var response = await _client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            Assert.Equal("media.not_found", (await response.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        }

        return response.StatusCode;
    }

    [Fact]
    public async Task An_enrolled_teacher_reads_the_video_PDF_and_cover_of_a_published_program()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var teacher = await _client.NewSignedInAsync("张老师");
        var catalog = await ProgramAsync(op, ProgramState.Published, teacher.AccountId);

        Assert.Equal(HttpStatusCode.PartialContent, await ReadAsync(teacher.AccessToken, catalog.Video));
        Assert.Equal(HttpStatusCode.PartialContent, await ReadAsync(teacher.AccessToken, catalog.Pdf));
        Assert.Equal(HttpStatusCode.PartialContent, await ReadAsync(teacher.AccessToken, catalog.Cover));

        // The player's way: a signed link, then the video element fetches it without a bearer token.
        var link = await (await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, $"/api/v1/media/{catalog.Video}/access"))
            .ReadOkAsync<MediaLinkBody>();
        var played = await _client.GetAsync(new Uri(link.Url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, played.StatusCode);
        Assert.Equal(await TestMedia.WebMAsync(), await played.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_teacher_not_enrolled_sees_only_the_published_programs_cover()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var enrolled = await _client.NewSignedInAsync("张老师");
        var outsider = await _client.NewSignedInAsync("李老师");
        var catalog = await ProgramAsync(op, ProgramState.Published, enrolled.AccountId);

        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(outsider.AccessToken, catalog.Video));
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(outsider.AccessToken, catalog.Pdf));
        Assert.Equal(HttpStatusCode.PartialContent, await ReadAsync(outsider.AccessToken, catalog.Cover));
        var link = await _client.SendAsAsync(outsider.AccessToken, HttpMethod.Post, $"/api/v1/media/{catalog.Video}/access");
        Assert.Equal("media.not_found", (await link.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task Nothing_of_a_draft_program_is_served_to_teachers_not_even_to_one_enrolled()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var teacher = await _client.NewSignedInAsync("张老师");
        var catalog = await ProgramAsync(op, ProgramState.Draft, teacher.AccountId);

        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(teacher.AccessToken, catalog.Video));
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(teacher.AccessToken, catalog.Pdf));
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(teacher.AccessToken, catalog.Cover));
        Assert.Equal(HttpStatusCode.PartialContent, await ReadAsync(op, catalog.Video));
    }

    [Fact]
    public async Task A_closed_program_stays_readable_by_its_enrolled_teachers()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var teacher = await _client.NewSignedInAsync("张老师");
        var catalog = await ProgramAsync(op, ProgramState.Closed, teacher.AccountId);

        Assert.Equal(HttpStatusCode.PartialContent, await ReadAsync(teacher.AccessToken, catalog.Video));
        Assert.Equal(HttpStatusCode.PartialContent, await ReadAsync(teacher.AccessToken, catalog.Pdf));
    }

    [Fact]
    public async Task A_course_shared_by_two_programs_is_readable_through_either_enrollment()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var teacher = await _client.NewSignedInAsync("王老师");
        var catalog = await ProgramAsync(op, ProgramState.Published);
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(teacher.AccessToken, catalog.Video));

        // A second published program includes the same course; the teacher enrolls there only.
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
            var now = DateTimeOffset.UtcNow;
            var courseId = db.Resources.Where(r => r.MediaId == catalog.Video).Select(r => r.CourseId).Single();
            var builder = new CatalogBuilder(db, new DemoCatalogMedia([new DemoVideo(catalog.Video, 3)], catalog.Pdf, catalog.Cover), now);
            var second = builder.Program(DemoProgram.Details(now, null) with { Title = $"共享课程专题 {Guid.NewGuid():N}" });
            db.ProgramCourses.Add(ProgramCourse.Create(second.Id, courseId, 1, null, null));
            db.Enrollments.Add(ProgramEnrollment.Create(teacher.AccountId, second.Id, now));
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.PartialContent, await ReadAsync(teacher.AccessToken, catalog.Video));
    }
}
