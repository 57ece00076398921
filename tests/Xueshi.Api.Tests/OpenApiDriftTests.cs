using System.Diagnostics;
using System.Text.Json.Nodes;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// The committed OpenAPI document and the generated TypeScript client are what integrators and the
/// SPA build against: they must be exactly what the code produces. "Committed" means the version in
/// git's index, so a change whose regenerated files were not added fails here.
/// </summary>
public sealed class OpenApiDriftTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string Root = TestRepository.Root;

    [Fact]
    public async Task The_committed_OpenAPI_document_is_what_the_code_serves()
    {
        var live = await api.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        var committed = Committed("openapi/v1.json");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(live), JsonNode.Parse(committed)),
            "openapi/v1.json differs from the document the code produces: build (dotnet build src/Host) and commit openapi/ and web-client/src/api/.");
    }

    [Fact]
    public void The_committed_TypeScript_client_is_generated_from_the_committed_document()
    {
        // The build regenerates the client from the document; any difference from the index is drift.
        var onDisk = File.ReadAllText(Path.Combine(Root, "web-client/src/api/xueshi-client.ts"));
        Assert.True(onDisk == Committed("web-client/src/api/xueshi-client.ts"),
            "web-client/src/api/xueshi-client.ts differs from the committed one: build and commit it; never edit it by hand.");
    }

    private static string Committed(string path)
    {
        var git = Git($"show :{path}");
        return git ?? File.ReadAllText(Path.Combine(Root, path));
    }

    /// <summary>Null outside a git checkout (a source tarball), where the files on disk are all there is.</summary>
    private static string? Git(string arguments)
    {
        if (!Directory.Exists(Path.Combine(Root, ".git")))
        {
            return null;
        }

        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : null;
    }
}
