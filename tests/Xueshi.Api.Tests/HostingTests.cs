using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class SpaFixture : ApiFixture
{
    // Before Root: static fields initialise in order.
    public static readonly string VendorScript = string.Concat(Enumerable.Range(0, 400).Select(i => $"export const v{i} = {i};\n"));

    public static readonly string Root = CreateSpa();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Xueshi:Spa:RootPath"] = Root };

    private static string CreateSpa()
    {
        var root = Directory.CreateTempSubdirectory("xueshi-spa-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"), "<!doctype html><title>学时</title><div id=\"root\">spa-shell</div>");
        File.WriteAllText(Path.Combine(root, "assets", "app-1a2b3c.js"), "console.log('app')");
        // What the SPA build writes for a compressible file: X, X.br and X.gz side by side.
        WriteWithCompressedSiblings(Path.Combine(root, "assets", "vendor-9f8e7d.js"), VendorScript);
        WriteWithCompressedSiblings(Path.Combine(root, "assets", "index-4d5e6f.css"), string.Concat(Enumerable.Repeat(".ant-btn{color:#1677ff}\n", 200)));
        return root;
    }

    private static void WriteWithCompressedSiblings(string path, string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        File.WriteAllBytes(path, bytes);
        using (var br = new System.IO.Compression.BrotliStream(File.Create(path + ".br"), System.IO.Compression.CompressionLevel.SmallestSize))
        {
            br.Write(bytes);
        }

        using var gz = new System.IO.Compression.GZipStream(File.Create(path + ".gz"), System.IO.Compression.CompressionLevel.SmallestSize);
        gz.Write(bytes);
    }
}

public sealed class HostingTests(SpaFixture api) : IClassFixture<SpaFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Swagger_UI_and_the_document_are_served()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative))).StatusCode);
        var document = await _client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        Assert.Contains("\"operationId\": \"Register\"", document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/register")]
    [InlineData("/me")]
    public async Task The_SPA_is_served_at_the_root_and_for_client_routes(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("spa-shell", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Fingerprinted_assets_are_cached_for_long()
    {
        var response = await _client.GetAsync(new Uri("/assets/app-1a2b3c.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_API_path_is_never_the_SPA()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/does-not-exist", UriKind.Relative));
        Assert.Equal("not_found", (await response.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }
}
