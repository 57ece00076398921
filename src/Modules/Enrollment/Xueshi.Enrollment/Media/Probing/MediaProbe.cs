namespace Xueshi.Enrollment.Media.Probing;

/// <summary>What ffprobe read from a file: the container's duration and its streams.</summary>
internal sealed record MediaProbe(double? DurationSeconds, IReadOnlyList<ProbedStream> Streams);

internal sealed record ProbedStream(string CodecType, string CodecName, int? Width, int? Height);

internal interface IMediaProber
{
    /// <summary>Null when ffprobe cannot read the file (damaged, truncated, not media at all) or takes too long.</summary>
    Task<MediaProbe?> ProbeAsync(string path, CancellationToken cancellationToken);
}
