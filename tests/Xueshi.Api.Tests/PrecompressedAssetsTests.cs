using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>The SPA's Brotli and gzip files, written at build time, are served to browsers that accept them.</summary>
public sealed class PrecompressedAssetsTests(SpaFixture api) : IClassFixture<SpaFixture>
{
    private const string Vendor = "/assets/vendor-9f8e7d.js";
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("br, gzip, deflate", "br")]
    [InlineData("gzip, deflate, br;q=0", "gzip")]
    [InlineData("gzip", "gzip")]
    public async Task A_browser_gets_the_best_compressed_file_it_accepts(string acceptEncoding, string expected)
    {
        var response = await GetAsync(Vendor, acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < Encoding.UTF8.GetByteCount(SpaFixture.VendorScript));
        Assert.Equal(SpaFixture.VendorScript, Decompress(compressed, expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("deflate")]
    public async Task Without_a_matching_encoding_the_file_itself_is_served(string? acceptEncoding)
    {
        var response = await GetAsync(Vendor, acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(SpaFixture.VendorScript, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stylesheet_keeps_its_content_type()
    {
        var response = await GetAsync("/assets/index-4d5e6f.css", "br");
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HEAD_and_Range_keep_working_on_the_compressed_file()
    {
        var full = await (await GetAsync(Vendor, "br")).Content.ReadAsByteArrayAsync();

        var head = await _client.SendAsync(Request(HttpMethod.Head, Vendor, "br"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(full.Length, head.Content.Headers.ContentLength);
        Assert.Equal(["br"], head.Content.Headers.ContentEncoding);

        var range = Request(HttpMethod.Get, Vendor, "br");
        range.Headers.Range = new RangeHeaderValue(0, 9);
        var partial = await _client.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(full[..10], await partial.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_index_page_is_revalidated_every_time()
    {
        var response = await GetAsync("/", "br, gzip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("spa-shell", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding) =>
        _client.SendAsync(Request(HttpMethod.Get, path, acceptEncoding));

    private static HttpRequestMessage Request(HttpMethod method, string path, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return request;
    }

    private static string Decompress(byte[] bytes, string encoding)
    {
        using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
