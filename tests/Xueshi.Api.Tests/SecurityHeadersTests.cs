using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>Every answer, whatever produced it, carries the browser protections.</summary>
public sealed class SecurityHeadersTests(SpaFixture api) : IClassFixture<SpaFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/api/v1/profile-options")]
    [InlineData("/api/v1/does-not-exist")]
    [InlineData("/")]
    [InlineData("/register")]
    [InlineData("/assets/app-1a2b3c.js")]
    [InlineData("/swagger/index.html")]
    [InlineData("/swagger/v1/swagger.json")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        AssertProtected(await _client.GetAsync(new Uri(path, UriKind.Relative)));
    }

    [Fact]
    public async Task An_error_written_by_the_exception_handler_carries_them_too()
    {
        var response = await _client.PostAsync(new Uri("/api/v1/auth/tokens", UriKind.Relative),
            new StringContent("{\"phone\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertProtected(response);
    }

    [Fact]
    public async Task Scripts_run_only_from_our_origin_and_the_page_cannot_be_framed()
    {
        var policy = Policy(await _client.GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.DoesNotContain(policy.Values, v => v.Contains("unsafe-eval", StringComparison.Ordinal));
        // antd injects <style> elements at run time.
        Assert.Contains("'unsafe-inline'", policy["style-src"], StringComparison.Ordinal);
        Assert.Contains("blob:", policy["media-src"], StringComparison.Ordinal);
        Assert.Contains("data:", policy["img-src"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swagger_UI_needs_no_inline_script()
    {
        // Its initializer is a file (index.js), so script-src 'self' lets it run.
        var page = await _client.GetStringAsync(new Uri("/swagger/index.html", UriKind.Relative));
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("src=\"index.js\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/swagger/index.js", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Development_sends_no_HSTS_and_production_does_over_HTTPS()
    {
        Assert.False((await _client.GetAsync(new Uri("/health/live", UriKind.Relative))).Headers.Contains("Strict-Transport-Security"));

        var keys = Directory.CreateTempSubdirectory("xueshi-keys-").FullName;
        await using var production = ProductionHost.Create(api.ConnectionString, keys);
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://xueshi.example") });
        var response = await client.GetAsync(new Uri("/api/v1/profile-options", UriKind.Relative));

        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        AssertProtected(response);
    }

    private static void AssertProtected(HttpResponseMessage response)
    {
        Assert.NotEmpty(Policy(response));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("'none'", Policy(response)["frame-ancestors"]);
    }

    private static Dictionary<string, string> Policy(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"))
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
}
