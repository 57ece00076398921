using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Media.Demo;

namespace Xueshi.Api.Tests;

/// <summary>
/// The demo media the demo catalog uses: generated with ffmpeg into the media store on first use,
/// measured by the same ffprobe path as uploads, small, and never duplicated by a second seeding.
/// </summary>
public sealed class DemoMediaTests(MediaFixture api) : IClassFixture<MediaFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<DemoMediaIds> EnsureAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoMediaLibrary>().EnsureAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Four_short_WebM_videos_a_45_minute_lecture_a_PDF_and_a_cover_are_made_once_and_served()
    {
        var ids = await EnsureAsync();
        var again = await EnsureAsync();

        Assert.Equal(ids, again);
        Assert.Equal(7L, await DirectorySql.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM enrollment.media_files"));
        Assert.Equal(7, api.StoredFiles().Count);

        var op = await _client.NewOperatorAsync(api.ConnectionString);
        long total = 0;
        foreach (var id in ids.Videos)
        {
            var video = await (await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/media/{id}")).ReadOkAsync<MediaBody>();
            Assert.Equal(("video", "video/webm"), (video.Kind, video.ContentType));
            Assert.InRange(video.DurationSeconds!.Value, 20, 90);
            total += video.SizeBytes;
        }

        var pdf = await (await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/media/{ids.Pdf}")).ReadOkAsync<MediaBody>();
        var cover = await (await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/media/{ids.Cover}")).ReadOkAsync<MediaBody>();
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Equal(("image/png", 640, 360), (cover.ContentType, cover.Width, cover.Height));
        var lecture = await (await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/media/{ids.Lecture}")).ReadOkAsync<MediaBody>();
        Assert.Equal("video/webm", lecture.ContentType);
        Assert.InRange(lecture.DurationSeconds!.Value, 2699, 2701);
        total += lecture.SizeBytes;
        Assert.True(total + pdf.SizeBytes + cover.SizeBytes <= 2 * 1024 * 1024, $"the demo media take {total + pdf.SizeBytes + cover.SizeBytes} bytes");

        var content = await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/media/{ids.Video1}/content");
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal("video/webm", content.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_demo_file_missing_from_the_store_is_made_again_under_its_id()
    {
        var ids = await EnsureAsync();
        var pdf = api.StoredFiles().Single(f => f.EndsWith($"{ids.Pdf:N}.pdf", StringComparison.Ordinal));
        File.Delete(pdf);

        await EnsureAsync();

        Assert.True(File.Exists(pdf));
        Assert.Equal(7L, await DirectorySql.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM enrollment.media_files"));
    }
}
