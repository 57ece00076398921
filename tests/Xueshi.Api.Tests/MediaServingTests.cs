using System.Net;
using System.Net.Http.Headers;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// Media content is served with HTTP Range requests (a player seeks with them), an ETag and a year of
/// caching; a video element that cannot send a bearer token uses a signed link instead.
/// </summary>
public sealed class MediaServingTests(MediaFixture api) : IClassFixture<MediaFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<(string Operator, MediaBody Media, byte[] Bytes)> UploadVideoAsync()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var webm = await TestMedia.WebMAsync();
        var media = await (await _client.UploadAsync(op, "videos", webm, "range.webm", "video/webm")).ReadOkAsync<MediaBody>(HttpStatusCode.Created);
        return (op, media, webm);
    }

    private Task<HttpResponseMessage> GetAsync(string? token, string url, Action<HttpRequestHeaders>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        headers?.Invoke(request.Headers);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task The_whole_file_comes_with_its_type_ETag_and_a_year_of_caching()
    {
        var (op, media, bytes) = await UploadVideoAsync();

        var response = await GetAsync(op, $"/api/v1/media/{media.Id}/content");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("video/webm", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal($"\"{media.Sha256}\"", response.Headers.ETag?.Tag);
        Assert.Equal("private, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_range_gives_206_with_exactly_those_bytes()
    {
        var (op, media, bytes) = await UploadVideoAsync();

        var response = await GetAsync(op, $"/api/v1/media/{media.Id}/content", h => h.Range = new RangeHeaderValue(0, 99));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(bytes[..100], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 0-99/{bytes.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(100, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task A_suffix_range_gives_the_last_bytes()
    {
        var (op, media, bytes) = await UploadVideoAsync();

        var response = await GetAsync(op, $"/api/v1/media/{media.Id}/content", h => h.Range = new RangeHeaderValue(null, 50));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(bytes[^50..], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes {bytes.Length - 50}-{bytes.Length - 1}/{bytes.Length}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task A_range_beyond_the_end_is_416()
    {
        var (op, media, bytes) = await UploadVideoAsync();

        var response = await GetAsync(op, $"/api/v1/media/{media.Id}/content", h => h.Range = new RangeHeaderValue(bytes.Length, null));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{bytes.Length}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task A_cached_copy_is_revalidated_with_304()
    {
        var (op, media, _) = await UploadVideoAsync();

        var response = await GetAsync(op, $"/api/v1/media/{media.Id}/content",
            h => h.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{media.Sha256}\"")));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_teacher_outside_any_program_gets_404_as_for_an_unknown_id()
    {
        var (_, media, _) = await UploadVideoAsync();
        var teacher = await _client.NewSignedInAsync();

        var content = await GetAsync(teacher.AccessToken, $"/api/v1/media/{media.Id}/content");
        var link = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, $"/api/v1/media/{media.Id}/access");

        Assert.Equal("media.not_found", (await content.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal("media.not_found", (await link.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(null, $"/api/v1/media/{media.Id}/content")).StatusCode);
    }

    [Fact]
    public async Task A_signed_link_plays_without_a_bearer_token_with_ranges()
    {
        var (op, media, bytes) = await UploadVideoAsync();

        var link = await (await _client.SendAsAsync(op, HttpMethod.Post, $"/api/v1/media/{media.Id}/access")).ReadOkAsync<MediaLinkBody>();
        var response = await GetAsync(null, link.Url, h => h.Range = new RangeHeaderValue(100, 199));

        Assert.StartsWith($"/api/v1/media/{media.Id}/stream?token=", link.Url, StringComparison.Ordinal);
        Assert.InRange(link.ExpiresAt, DateTimeOffset.UtcNow.AddHours(5.9), DateTimeOffset.UtcNow.AddHours(6.1));
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(bytes[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_signed_link_works_for_its_own_file_only_and_not_once_altered_or_missing()
    {
        var (op, media, _) = await UploadVideoAsync();
        var other = await (await _client.UploadAsync(op, "documents", TestMedia.Pdf(), "b.pdf", "application/pdf")).ReadOkAsync<MediaBody>(HttpStatusCode.Created);
        var link = await (await _client.SendAsAsync(op, HttpMethod.Post, $"/api/v1/media/{media.Id}/access")).ReadOkAsync<MediaLinkBody>();
        var token = link.Url[(link.Url.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];

        var elsewhere = await GetAsync(null, $"/api/v1/media/{other.Id}/stream?token={token}");
        var altered = await GetAsync(null, $"/api/v1/media/{media.Id}/stream?token={token[..^4]}AAAA");
        var missing = await GetAsync(null, $"/api/v1/media/{media.Id}/stream");

        Assert.Equal("media.link_invalid", (await elsewhere.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        Assert.Equal("media.link_invalid", (await altered.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
        Assert.Equal("validation_failed", (await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task A_signed_link_expires_after_six_hours()
    {
        var (op, media, _) = await UploadVideoAsync();
        var link = await (await _client.SendAsAsync(op, HttpMethod.Post, $"/api/v1/media/{media.Id}/access")).ReadOkAsync<MediaLinkBody>();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(null, link.Url)).StatusCode);

        api.Factory.Clock.Advance(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(1));

        Assert.Equal("media.link_invalid", (await (await GetAsync(null, link.Url)).ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
    }
}
