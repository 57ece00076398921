using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// Operators upload videos, PDFs and covers; the server judges each by its content and measures a
/// video's duration with ffprobe. A refused file leaves nothing in the table or the media directory.
/// </summary>
public sealed class MediaUploadTests(MediaFixture api) : IClassFixture<MediaFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private Task<long> CountRowsAsync() => DirectorySql.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM enrollment.media_files");

    [Fact]
    public async Task A_WebM_video_is_stored_with_the_duration_ffprobe_measured()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var webm = await TestMedia.WebMAsync();

        var media = await (await _client.UploadAsync(op, "videos", webm, "第一课.webm", "video/webm")).ReadOkAsync<MediaBody>(HttpStatusCode.Created);

        Assert.Equal("video", media.Kind);
        Assert.Equal("video/webm", media.ContentType);
        Assert.Equal(webm.Length, media.SizeBytes);
        Assert.InRange(media.DurationSeconds!.Value, 2.9, 3.1);
        Assert.Equal((320, 180), (media.Width, media.Height));
        Assert.Equal("第一课.webm", media.OriginalFileName);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(webm)), media.Sha256);

        var read = await (await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/media/{media.Id}")).ReadOkAsync<MediaBody>();
        Assert.Equal(media.DurationSeconds, read.DurationSeconds);
        Assert.Contains(api.StoredFiles(), f => f.EndsWith($"{media.Id:N}.webm", StringComparison.Ordinal) && new FileInfo(f).Length == webm.Length);
    }

    [Fact]
    public async Task An_MP4_with_H264_is_stored_with_its_duration()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);

        var media = await (await _client.UploadAsync(op, "videos", await TestMedia.Mp4Async(), "lesson.mp4", "video/mp4"))
            .ReadOkAsync<MediaBody>(HttpStatusCode.Created);

        Assert.Equal("video/mp4", media.ContentType);
        Assert.InRange(media.DurationSeconds!.Value, 2.9, 3.1);
    }

    [Theory]
    [InlineData("webm")]
    [InlineData("mp4")]
    public async Task A_truncated_video_is_refused_as_unreadable_and_nothing_stays(string container)
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var whole = container == "webm" ? await TestMedia.WebMAsync() : await TestMedia.Mp4Async();
        var rows = await CountRowsAsync();
        var files = api.StoredFiles();

        var response = await _client.UploadAsync(op, "videos", whole[..(whole.Length / 2)], $"cut.{container}", $"video/{container}");

        Assert.Equal("media.unreadable", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
        Assert.Equal(rows, await CountRowsAsync());
        Assert.Equal(files, api.StoredFiles());
    }

    [Fact]
    public async Task A_PDF_renamed_mp4_is_refused_as_a_video_and_accepted_as_a_document()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var rows = await CountRowsAsync();
        var files = api.StoredFiles();

        var refused = await _client.UploadAsync(op, "videos", TestMedia.Pdf(), "lesson.mp4", "video/mp4");

        Assert.Equal("media.unsupported_type", (await refused.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType)).Code);
        Assert.Equal(rows, await CountRowsAsync());
        Assert.Equal(files, api.StoredFiles());

        var document = await (await _client.UploadAsync(op, "documents", TestMedia.Pdf(), "lesson.mp4", "video/mp4"))
            .ReadOkAsync<MediaBody>(HttpStatusCode.Created);
        Assert.Equal(("pdf", "application/pdf"), (document.Kind, document.ContentType));
        Assert.Null(document.DurationSeconds);
    }

    [Fact]
    public async Task A_video_in_a_codec_browsers_do_not_play_is_refused()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);

        var refused = await _client.UploadAsync(op, "videos", await TestMedia.Mpeg4Part2Async(), "old.mp4", "video/mp4");

        Assert.Equal("media.unsupported_type", (await refused.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType)).Code);
    }

    [Fact]
    public async Task A_video_sent_as_a_cover_is_refused()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);

        var refused = await _client.UploadAsync(op, "images", await TestMedia.WebMAsync(), "cover.png", "image/png");

        Assert.Equal("media.unsupported_type", (await refused.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType)).Code);
    }

    [Fact]
    public async Task A_cover_image_is_stored_with_its_size_in_pixels()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);

        var cover = await (await _client.UploadAsync(op, "images", TestImages.TinyPng(), "cover.png", "image/png"))
            .ReadOkAsync<MediaBody>(HttpStatusCode.Created);

        Assert.Equal(("image", "image/png", 1, 1), (cover.Kind, cover.ContentType, cover.Width, cover.Height));
    }

    [Fact]
    public async Task A_file_over_the_endpoints_limit_is_413_and_nothing_stays()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var png = TestImages.TinyPng();
        var tooLarge = new byte[(5 * 1024 * 1024) + 1];
        png.CopyTo(tooLarge, 0);
        var rows = await CountRowsAsync();
        var files = api.StoredFiles();

        var response = await _client.UploadAsync(op, "images", tooLarge, "huge.png", "image/png");

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("media.too_large", problem.Code);
        Assert.Equal(5 * 1024 * 1024, problem.Body.GetProperty("maxBytes").GetInt64());
        Assert.Equal(rows, await CountRowsAsync());
        Assert.Equal(files, api.StoredFiles());
    }

    [Theory]
    [InlineData("videos")]
    [InlineData("documents")]
    [InlineData("images")]
    public async Task A_teacher_may_not_upload(string kind)
    {
        var teacher = await _client.NewSignedInAsync();

        var response = await _client.UploadAsync(teacher.AccessToken, kind, TestMedia.Pdf(), "x.pdf", "application/pdf");

        Assert.Equal("auth.forbidden", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
    }

    [Fact]
    public async Task An_empty_file_is_unreadable()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);

        var response = await _client.UploadAsync(op, "documents", [], "empty.pdf", "application/pdf");

        Assert.Equal("media.unreadable", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
    }

    [Fact]
    public async Task Metadata_is_for_operators_only()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var teacher = await _client.NewSignedInAsync();
        var media = await (await _client.UploadAsync(op, "documents", TestMedia.Pdf(), "a.pdf", "application/pdf")).ReadOkAsync<MediaBody>(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Get, $"/api/v1/media/{media.Id}")).StatusCode);
        var missing = await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/media/{Guid.CreateVersion7()}");
        Assert.Equal("media.not_found", (await missing.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }
}
