using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Xueshi.Enrollment.Media.Probing;

/// <summary>
/// Runs <c>ffprobe -v error -show_entries format=duration:stream=codec_type,codec_name,width,height -of json</c>
/// on a local file, with a timeout. The duration a video is judged against comes from here and from
/// nowhere else.
/// </summary>
internal sealed partial class FfprobeProber(IOptions<MediaOptions> options, ILogger<FfprobeProber> logger) : IMediaProber
{
    public async Task<MediaProbe?> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var start = new ProcessStartInfo(settings.FfprobePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-v", "error", "-show_entries", "format=duration:stream=codec_type,codec_name,width,height", "-of", "json", "--", path])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffprobe did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ProbeTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await Task.WhenAll(output, errors);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            LogTimedOut(logger, settings.ProbeTimeout);
            return null;
        }

        if (process.ExitCode != 0)
        {
            LogRefused(logger, process.ExitCode, (await errors).Trim());
            return null;
        }

        return Parse(await output);
    }

    internal static MediaProbe? Parse(string json)
    {
        Output? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<Output>(json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (parsed is null)
        {
            return null;
        }

        double? duration = double.TryParse(parsed.Format?.Duration, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && double.IsFinite(seconds) ? seconds : null;
        var streams = (parsed.Streams ?? [])
            .Select(s => new ProbedStream(s.CodecType ?? "", s.CodecName ?? "", s.Width, s.Height))
            .ToList();
        return new MediaProbe(duration, streams);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "ffprobe could not read an upload (exit {ExitCode}): {Errors}")]
    private static partial void LogRefused(ILogger logger, int exitCode, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ffprobe took longer than {Timeout} on an upload; it is refused as unreadable")]
    private static partial void LogTimedOut(ILogger logger, TimeSpan timeout);

    private sealed record Output(
        [property: JsonPropertyName("format")] FormatOutput? Format,
        [property: JsonPropertyName("streams")] List<StreamOutput>? Streams);

    private sealed record FormatOutput([property: JsonPropertyName("duration")] string? Duration);

    private sealed record StreamOutput(
        [property: JsonPropertyName("codec_type")] string? CodecType,
        [property: JsonPropertyName("codec_name")] string? CodecName,
        [property: JsonPropertyName("width")] int? Width,
        [property: JsonPropertyName("height")] int? Height);
}
