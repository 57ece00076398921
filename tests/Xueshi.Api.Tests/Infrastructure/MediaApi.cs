using System.Diagnostics;
using System.Net.Http.Headers;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>A Host whose media store is a directory of the test class's own, removed afterwards.</summary>
public sealed class MediaFixture : ApiFixture, IAsyncLifetime
{
    public string MediaDirectory { get; } = Path.Combine(Path.GetTempPath(), "xueshi-media-tests", Guid.NewGuid().ToString("N"));

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Xueshi:Media:Directory"] = MediaDirectory,
    };

    /// <summary>Every file under the media directory, staging included: what a refused upload must not leave behind.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(MediaDirectory) ? [.. Directory.EnumerateFiles(MediaDirectory, "*", SearchOption.AllDirectories)] : [];

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Directory.Exists(MediaDirectory))
        {
            Directory.Delete(MediaDirectory, recursive: true);
        }
    }
}

/// <summary>Real media made with ffmpeg in the test (Debian's ffmpeg), so no binary fixture is checked in.</summary>
internal static class TestMedia
{
    private static readonly Lazy<Task<byte[]>> ThreeSecondWebM = new(() => GenerateAsync(".webm",
        "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=15:duration=3", "-f", "lavfi", "-i", "sine=frequency=440:duration=3",
        "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "100k", "-c:a", "libopus", "-b:a", "24k", "-shortest"));

    private static readonly Lazy<Task<byte[]>> ThreeSecondMp4 = new(() => GenerateAsync(".mp4",
        "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=15:duration=3", "-f", "lavfi", "-i", "sine=frequency=440:duration=3",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"));

    private static readonly Lazy<Task<byte[]>> ThreeSecondMpeg4Part2 = new(() => GenerateAsync(".mp4",
        "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=15:duration=3", "-c:v", "mpeg4"));

    /// <summary>3 s of VP9 + Opus: what Debian's Chromium plays.</summary>
    public static Task<byte[]> WebMAsync() => ThreeSecondWebM.Value;

    /// <summary>3 s of H.264 + AAC (Debian's ffmpeg has libx264).</summary>
    public static Task<byte[]> Mp4Async() => ThreeSecondMp4.Value;

    /// <summary>An MP4 whose video is MPEG-4 Part 2, not H.264: a container browsers take, with a codec they do not.</summary>
    public static Task<byte[]> Mpeg4Part2Async() => ThreeSecondMpeg4Part2.Value;

    /// <summary>A small well-formed one-page PDF.</summary>
    public static byte[] Pdf()
    {
        const string body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n" +
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n" +
            "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return System.Text.Encoding.ASCII.GetBytes(body);
    }

    public static MultipartFormDataContent Form(byte[] content, string fileName, string declaredType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string? accessToken, string kind, byte[] content,
        string fileName, string declaredType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/media/{kind}", UriKind.Relative))
        {
            Content = Form(content, fileName, declaredType),
        };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client.SendAsync(request);
    }

    /// <summary>A new account with the operator role, signed in after the grant so its token carries the role.</summary>
    public static async Task<string> NewOperatorAsync(this HttpClient client, string connectionString)
    {
        var op = await client.NewSignedInAsync("平台运营");
        await DirectorySql.GrantAsync(connectionString, op.AccountId, "Operator");
        return (await client.SignInOkAsync(op.Phone)).AccessToken;
    }

    private static async Task<byte[]> GenerateAsync(string extension, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"xueshi-test-{Guid.NewGuid():N}{extension}");
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-v", "error", "-nostdin", "-y", .. arguments, path])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ffmpeg failed: {errors}");
        try
        {
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>A media file as the API describes it.</summary>
internal sealed record MediaBody(Guid Id, string Kind, string ContentType, long SizeBytes, double? DurationSeconds, int? Width, int? Height,
    string Sha256, string? OriginalFileName, DateTimeOffset UploadedAt);

internal sealed record MediaLinkBody(string Url, DateTimeOffset ExpiresAt);
